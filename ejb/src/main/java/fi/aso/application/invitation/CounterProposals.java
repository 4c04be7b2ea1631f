package fi.aso.application.invitation;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.meeting.JoinLinks;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The chair's decision on an invitee's proposal of another time (a kept METHOD:COUNTER reply). To
 * take it, the chair moves the meeting as any other time change (every invitee is asked again). To
 * keep the time, {@link #keepTime}: the invitee gets the organizer's DECLINECOUNTER (RFC 5546
 * 3.2.8), so that their calendar drops the proposal and keeps the entry, with a mail that asks for
 * their answer to the time as it is; the proposal is then handled and leaves the chair's list.
 */
@Stateless
public class CounterProposals {

  @Inject MeetingRights rights;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject InvitationRepository invitations;
  @Inject OutboundMessageRepository outbox;
  @Inject OrganisationRepository organisations;
  @Inject InvitationSettings settings;
  @Inject JoinLinks joinLinks;
  @Inject AnswerLinks answerLinks;

  Clock clock = Clock.systemUTC();

  public CounterProposals() {}

  /** For tests outside the container. */
  public CounterProposals(
      MeetingRights rights,
      CallerIdentity caller,
      AuditTrail audit,
      InvitationRepository invitations,
      OutboundMessageRepository outbox,
      OrganisationRepository organisations,
      InvitationSettings settings,
      JoinLinks joinLinks,
      AnswerLinks answerLinks,
      Clock clock) {
    this.rights = rights;
    this.caller = caller;
    this.audit = audit;
    this.invitations = invitations;
    this.outbox = outbox;
    this.organisations = organisations;
    this.settings = settings;
    this.joinLinks = joinLinks;
    this.answerLinks = answerLinks;
    this.clock = clock;
  }

  /**
   * The chair keeps the meeting's time against the proposal kept as {@code replyId}. Refused for a
   * proposal already handled and for an invitee no longer invited (their invitation was cancelled,
   * nothing to decline); a proposal of another region's meeting is not found.
   */
  public void keepTime(long replyId) {
    long region = rights.region(rights.chair()).id();
    InboundReply reply =
        invitations
            .findReply(replyId)
            .filter(r -> r.outcome() == InboundReply.Outcome.COUNTER)
            .orElseThrow(NotFound::new);
    Invitation invitation =
        reply
            .uid()
            .flatMap(invitations::withUid)
            .filter(i -> i.regionId() == region)
            .orElseThrow(NotFound::new);
    if (reply.isHandled()) {
      throw new Refusal("counter.handled", "the proposal has been handled already");
    }
    SlotInvitee invitee =
        invitation
            .invitee()
            .filter(i -> invitation.isActive() && i.isActive())
            .orElseThrow(
                () -> new Refusal("counter.notInvited", "the invitee is no longer invited"));
    Instant now = clock.instant();
    // one DECLINECOUNTER per invitation version: a second proposal to the same version is
    // answered by the first
    String key =
        InvitationMessages.idempotencyKey(
            invitation, MessageKind.DECLINECOUNTER, invitation.sequence());
    if (outbox.idempotencyKeysAmong(List.of(key)).isEmpty()) {
      outbox.store(
          new InvitationMessages(organisations, settings, joinLinks, answerLinks)
              .write(
                  invitation,
                  invitee.slot(),
                  MessageKind.DECLINECOUNTER,
                  invitation.sequence(),
                  now));
    }
    reply.handled(caller.name(), now);
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE,
                "InboundReply",
                String.valueOf(replyId),
                "proposal of another time declined: the time is kept")
            .aboutClientCase(invitation.caseId()));
  }
}
