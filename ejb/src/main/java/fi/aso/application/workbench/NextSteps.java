package fi.aso.application.workbench;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.staff.Caller;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentInvitationRepository;
import fi.aso.domain.consent.ConsentLink;
import fi.aso.domain.consent.ConsentPeriod;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meetingday.FollowUpPoint;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each of a case worker's clients needs next, for the home page: the mapping to complete or
 * consent to ask for; the consent link waiting for the client, run out or locked; a consent about
 * to end or ended; the coming meeting; the next follow-up point. Only cases of the caller's region
 * are answered (a chair's or case worker's), everything for the listed cases is read in a few
 * queries whatever their number, and the read is audited once per case.
 *
 * <p>One step per client, the first that applies: in a consented case an ending consent comes
 * before the meeting and the follow-up, since without it neither can go on.
 */
@Stateless
public class NextSteps {

  /** How long before a consent ends the case worker is told to ask for a new one. */
  public static final Period EXPIRY_WARNING = Period.ofDays(30);

  /** States in which the case goes on under a consent the client gave. */
  private static final Set<CaseState> CONSENTED =
      EnumSet.of(
          CaseState.READY_FOR_MEETING,
          CaseState.SCHEDULED,
          CaseState.DISCUSSED,
          CaseState.FOLLOW_UP);

  private static final Set<CaseState> AFTER_MEETING =
      EnumSet.of(CaseState.DISCUSSED, CaseState.FOLLOW_UP);

  @Inject ClientCaseRepository cases;
  @Inject ConsentRepository consents;
  @Inject ConsentInvitationRepository consentLinks;
  @Inject MeetingRepository meetings;
  @Inject MeetingDayRepository meetingDays;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public NextSteps() {}

  /** For tests outside the container. */
  public NextSteps(
      ClientCaseRepository cases,
      ConsentRepository consents,
      ConsentInvitationRepository consentLinks,
      MeetingRepository meetings,
      MeetingDayRepository meetingDays,
      Caller caller,
      AuditTrail audit,
      Clock clock) {
    this.cases = cases;
    this.consents = consents;
    this.consentLinks = consentLinks;
    this.meetings = meetings;
    this.meetingDays = meetingDays;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The next step of each of the cases the caller may work on, by case id; cases of other regions
   * (and ids of no case) are left out, as if they did not exist.
   */
  public Map<Long, NextStep> of(Collection<Long> caseIds) {
    StaffMember reader = caller.withAny(CaseAccessDenied::new, Role.CHAIR, Role.CASE_WORKER);
    List<ClientCase> readable =
        cases.findAll(caseIds.stream().filter(Objects::nonNull).distinct().toList()).stream()
            .filter(c -> reader.worksIn(c.region().id()))
            .toList();
    if (readable.isEmpty()) {
      return Map.of();
    }
    Instant now = clock.instant();
    Set<Long> consented = idsIn(readable, CONSENTED);
    Facts facts =
        new Facts(
            now,
            now.atZone(Consent.ZONE).toLocalDate(),
            consentLinks.latestGivingLinksOf(
                idsIn(readable, EnumSet.of(CaseState.CONSENT_PENDING))),
            consents.periodsOf(consented),
            meetings.firstPlannedSlotStartsFrom(consented, now.minus(CaseFile.STILL_ON_MEETING)),
            meetingDays.firstOpenPointsOf(idsIn(readable, AFTER_MEETING)));
    Map<Long, NextStep> steps = new HashMap<>();
    readable.forEach(c -> steps.put(c.id(), facts.stepOf(c)));
    audit.recordAboutEach(
        steps.keySet(),
        AuditRecord.success(AuditAction.READ, "ClientCase", "next steps", "home page next steps"));
    return steps;
  }

  private static Set<Long> idsIn(List<ClientCase> cases, Set<CaseState> states) {
    return cases.stream()
        .filter(c -> states.contains(c.state()))
        .map(ClientCase::id)
        .collect(Collectors.toSet());
  }

  /** What was read about the listed cases at once, and the rules that make a step of it. */
  private record Facts(
      Instant now,
      LocalDate today,
      Map<Long, ConsentLink> links,
      Map<Long, List<ConsentPeriod>> consents,
      Map<Long, Instant> meetings,
      Map<Long, FollowUpPoint> points) {

    NextStep stepOf(ClientCase c) {
      CaseState state = c.state();
      if (state == CaseState.REFERRED) {
        int empty = (int) c.referral().topics().values().stream().filter(Objects::isNull).count();
        return empty > 0
            ? new NextStep(NextStep.Kind.REFERRAL_INCOMPLETE, state, null, null, empty)
            : NextStep.of(NextStep.Kind.ASK_CONSENT, state);
      }
      if (state == CaseState.CONSENT_PENDING) {
        return Optional.ofNullable(links.get(c.id()))
            .map(link -> linkStep(link, state))
            .orElse(NextStep.of(NextStep.Kind.AS_STATE, state));
      }
      if (CONSENTED.contains(state)) {
        return consentStep(c.id(), state)
            .or(() -> meetingStep(c.id(), state))
            .or(() -> followUpStep(c.id(), state))
            .orElse(NextStep.of(NextStep.Kind.AS_STATE, state));
      }
      return NextStep.of(NextStep.Kind.AS_STATE, state);
    }

    private NextStep linkStep(ConsentLink link, CaseState state) {
      if (link.used()) {
        // answered: the state moves on with the answer, so there is nothing more to say
        return NextStep.of(NextStep.Kind.AS_STATE, state);
      }
      if (link.isLocked()) {
        return NextStep.of(NextStep.Kind.LINK_LOCKED, state);
      }
      return NextStep.at(
          link.isOpenAt(now) ? NextStep.Kind.LINK_WAITING : NextStep.Kind.LINK_EXPIRED,
          state,
          link.expiresAt());
    }

    private Optional<NextStep> consentStep(long caseId, CaseState state) {
      List<ConsentPeriod> versions = consents.getOrDefault(caseId, List.of());
      Optional<ConsentPeriod> inForce =
          versions.stream().filter(v -> v.inForceAt(now)).reduce((a, b) -> b);
      if (inForce.isPresent()) {
        LocalDate ends = inForce.get().validUntil();
        return ends.isAfter(today.plus(EXPIRY_WARNING))
            ? Optional.empty()
            : Optional.of(NextStep.on(NextStep.Kind.CONSENT_EXPIRING, state, ends));
      }
      // none in force: the last one ran out (a withdrawal moves the case to its own state)
      return versions.stream()
          .reduce((a, b) -> b)
          .filter(last -> !last.isWithdrawn() && last.validUntil().isBefore(today))
          .map(last -> NextStep.on(NextStep.Kind.CONSENT_EXPIRED, state, last.validUntil()));
    }

    private Optional<NextStep> meetingStep(long caseId, CaseState state) {
      return Optional.ofNullable(meetings.get(caseId))
          .map(start -> NextStep.at(NextStep.Kind.MEETING, state, start));
    }

    private Optional<NextStep> followUpStep(long caseId, CaseState state) {
      return Optional.ofNullable(points.get(caseId))
          .filter(p -> AFTER_MEETING.contains(state))
          .map(
              p ->
                  NextStep.on(
                      p.dueDate().isBefore(today)
                          ? NextStep.Kind.FOLLOW_UP_OVERDUE
                          : NextStep.Kind.FOLLOW_UP_DUE,
                      state,
                      p.dueDate()));
    }
  }
}
