package fi.aso.application.workbench;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.application.staff.Caller;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What changed for the chair since their last visit: declines of coming slots (they stay listed
 * until the slot has passed or the invitee is replaced, since the chair must act on them), an
 * invitee's proposal of another time or hand-over to someone else (kept, not applied, until an
 * administrator marks the mail handled or the slot has passed), coming slots flagged because the
 * client's release date or prison changed (listed until the chair decides), and consent withdrawals
 * of the last {@link #WITHDRAWALS_FOR}, newest first; those after the last visit are marked new.
 */
@Stateless
public class ChairUpdates {

  /** How far back withdrawals are listed. */
  static final Duration WITHDRAWALS_FOR = Duration.ofDays(30);

  @Inject MeetingRights rights;
  @Inject MeetingRepository meetings;
  @Inject ConsentRepository consents;
  @Inject StaffUserRepository staff;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject InvitationRepository invitations;

  Clock clock = Clock.systemUTC();

  public ChairUpdates() {}

  /** For tests outside the container. */
  public ChairUpdates(
      MeetingRights rights,
      MeetingRepository meetings,
      ConsentRepository consents,
      StaffUserRepository staff,
      Caller caller,
      AuditTrail audit,
      InvitationRepository invitations,
      Clock clock) {
    this.rights = rights;
    this.meetings = meetings;
    this.consents = consents;
    this.staff = staff;
    this.caller = caller;
    this.audit = audit;
    this.invitations = invitations;
    this.clock = clock;
  }

  /**
   * The caller opens their home page in a new session: when they last did before (empty: never).
   * The page keeps the answer for the session, so that a reload does not make everything old.
   */
  public Optional<Instant> visitHome() {
    return caller
        .now()
        .flatMap(me -> staff.find(me.id()))
        .flatMap(user -> user.seeHome(clock.instant()));
  }

  /** The chair's region's updates; those after {@code lastVisit} (all, if empty) are new. */
  public List<ChairUpdate> since(Optional<Instant> lastVisit) {
    long region = rights.region(rights.chair()).id();
    Instant now = clock.instant();
    List<ChairUpdate> updates = new ArrayList<>();
    for (SlotInvitee declined : meetings.declinedInRegionFrom(region, now)) {
      Instant at = declined.answeredAt().orElse(now);
      updates.add(
          new ChairUpdate(
              ChairUpdate.Kind.DECLINED,
              at,
              declined.slot().clientCase().id(),
              declined.slot().clientCase().reference(),
              declined
                  .contactPerson()
                  .map(c -> c.name() + " (" + c.organisation().name() + ")")
                  .orElse(declined.organisation().map(Organisation::name).orElse("")),
              declined.slot().meeting().id(),
              declined.slot().startsAt(),
              isNew(at, lastVisit)));
    }
    // a counter-proposal or delegation is the chair's to decide: the platform applies neither
    for (InvitationRepository.ForTheChair kept : invitations.forTheChairInRegionFrom(region, now)) {
      Optional<SlotInvitee> invitee = kept.invitation().invitee();
      if (invitee.isEmpty()) {
        continue;
      }
      Instant at = kept.reply().receivedAt();
      updates.add(
          new ChairUpdate(
              kept.reply().outcome() == InboundReply.Outcome.COUNTER
                  ? ChairUpdate.Kind.COUNTER
                  : ChairUpdate.Kind.DELEGATED,
              at,
              invitee.get().slot().clientCase().id(),
              invitee.get().slot().clientCase().reference(),
              invitee
                  .get()
                  .contactPerson()
                  .map(c -> c.name() + " (" + c.organisation().name() + ")")
                  .orElse(kept.invitation().attendeeName()),
              invitee.get().slot().meeting().id(),
              invitee.get().slot().startsAt(),
              isNew(at, lastVisit),
              kept.reply().id()));
    }
    for (ClientSlot flagged : meetings.flaggedInRegionFrom(region, now)) {
      Instant at = flagged.reviewSince().orElse(now);
      for (ChairUpdate.Kind kind : reviewKinds(flagged)) {
        updates.add(
            new ChairUpdate(
                kind,
                at,
                flagged.clientCase().id(),
                flagged.clientCase().reference(),
                flagged.proposedVideoRoom().map(Organisation::name).orElse(""),
                flagged.meeting().id(),
                flagged.startsAt(),
                isNew(at, lastVisit)));
      }
    }
    Instant since = now.minus(WITHDRAWALS_FOR);
    consents
        .withdrawnInRegionSince(region, since)
        .forEach(
            c -> {
              Instant at = c.withdrawnAt().orElseThrow();
              updates.add(
                  new ChairUpdate(
                      ChairUpdate.Kind.WITHDRAWN,
                      at,
                      c.clientCase().id(),
                      c.clientCase().reference(),
                      "",
                      null,
                      null,
                      isNew(at, lastVisit)));
            });
    consents
        .withdrawnForInRegionSince(region, since)
        .forEach(
            r -> {
              Instant at = r.withdrawnAt().orElseThrow();
              updates.add(
                  new ChairUpdate(
                      ChairUpdate.Kind.WITHDRAWN_FOR,
                      at,
                      r.consent().clientCase().id(),
                      r.consent().clientCase().reference(),
                      r.organisation().name(),
                      null,
                      null,
                      isNew(at, lastVisit)));
            });
    updates.sort(Comparator.comparing(ChairUpdate::at).reversed());
    audit.recordAboutEach(
        updates.stream().map(ChairUpdate::caseId).collect(Collectors.toSet()),
        AuditRecord.success(AuditAction.READ, "ClientCase", "updates", "home page updates"));
    return updates;
  }

  /** A flagged slot waits for the chair on its release date, its prison, or both. */
  private static List<ChairUpdate.Kind> reviewKinds(ClientSlot slot) {
    List<ChairUpdate.Kind> kinds = new ArrayList<>();
    if (slot.reviewRelease()) {
      kinds.add(ChairUpdate.Kind.RELEASE_MOVED);
    }
    if (slot.reviewPrison()) {
      kinds.add(
          slot.proposedVideoRoom().isPresent()
              ? ChairUpdate.Kind.PRISON_CHANGED
              : ChairUpdate.Kind.PRISON_CHANGED_NO_ROOM);
    }
    return kinds;
  }

  private static boolean isNew(Instant at, Optional<Instant> lastVisit) {
    return lastVisit.map(at::isAfter).orElse(true);
  }
}
