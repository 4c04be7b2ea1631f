package fi.aso.application.minutes;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesRepository;
import fi.aso.domain.minutes.MinutesState;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A meeting's minutes: made from the structured meeting-day record, reviewed, approved (then
 * locked; a correction is a new version), and cut per recipient: a partner's copy holds only the
 * clients whose slot their organisation was invited to, and of each only what the client's consent
 * allows them now.
 */
@Stateless
public class MinutesService {

  /** The group's working language, of copies no reader chose a language for. */
  static final Locale FINNISH = Locale.of("fi");

  @Inject MinutesRepository minutesVersions;
  @Inject MeetingDayRepository meetingDays;
  @Inject StaffUserRepository staff;
  @Inject ClientCaseRepository cases;
  @Inject UnitOfWork unitOfWork;

  @Inject MeetingRights rights;
  @Inject ConsentPolicy policy;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public MinutesService() {}

  /** For tests outside the container. */
  public MinutesService(
      MinutesRepository minutesVersions,
      MeetingDayRepository meetingDays,
      StaffUserRepository staff,
      ClientCaseRepository cases,
      UnitOfWork unitOfWork,
      MeetingRights rights,
      ConsentPolicy policy,
      CallerIdentity caller,
      AuditTrail audit,
      Clock clock) {
    this.minutesVersions = minutesVersions;
    this.meetingDays = meetingDays;
    this.staff = staff;
    this.cases = cases;
    this.unitOfWork = unitOfWork;
    this.rights = rights;
    this.policy = policy;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The minutes from the record as it is now: refreshes the open (draft or reviewed) version, or
   * starts a new version when there is none or the last one is approved (a correction). Whoever
   * does it is the version's maker from now on (unless the record had not changed).
   */
  public MinutesVersion prepare(long meetingId) {
    StaffMember chair = rights.chair();
    Meeting meeting = rights.toSee(meetingId);
    String content = contentOf(meeting).toJson();
    List<Minutes> history = history(meeting);
    Minutes latest = history.isEmpty() ? null : history.get(history.size() - 1);
    Minutes current;
    if (latest == null || latest.state() == MinutesState.APPROVED) {
      current =
          minutesVersions.store(
              new Minutes(
                  meeting,
                  latest == null ? 1 : latest.versionNo() + 1,
                  content,
                  caller.name(),
                  clock.instant()));
    } else {
      latest.refresh(content, caller.name(), clock.instant());
      current = latest;
    }
    unitOfWork.flush();
    recordFor(current, AuditAction.UPDATE, "minutes prepared");
    return versionOf(current, chair);
  }

  /**
   * Marks the minutes reviewed: by a chair or a case worker of the region ({@link MinutesSteps}
   * says why both), and where the region asks for a second person, not by the one who made them
   * ({@link fi.aso.domain.minutes.SecondPersonNeeded}).
   */
  public MinutesVersion review(long meetingId, long minutesId, long expectedVersion) {
    return step(
        rights.regionStaff(),
        meetingId,
        minutesId,
        expectedVersion,
        m -> m.review(caller.name(), clock.instant()),
        "minutes reviewed");
  }

  /**
   * Locks the minutes: from now on they are what was agreed; a correction is a new version. A chair
   * approves, the maker or another; where the region asks for a second person, only minutes that
   * someone other than their maker reviewed.
   */
  public MinutesVersion approve(long meetingId, long minutesId, long expectedVersion) {
    return step(
        rights.chair(),
        meetingId,
        minutesId,
        expectedVersion,
        m -> {
          m.approve(caller.name(), clock.instant());
          discussed(m);
        },
        "minutes approved");
  }

  /**
   * The clients of approved minutes were discussed: a case waiting for this meeting moves on, so
   * that its follow-up can be planned and the case closed in the end. (A case already moved on, or
   * withdrawn, stays where it is.)
   */
  private void discussed(Minutes approved) {
    for (MinutesContent.SlotPart slot : MinutesContent.fromJson(approved.content()).slots()) {
      cases
          .find(slot.caseId())
          .filter(c -> c.state() == CaseState.SCHEDULED)
          .ifPresent(
              c ->
                  cases.record(
                      c.moveTo(
                          CaseState.DISCUSSED,
                          caller.name(),
                          "minutes approved",
                          clock.instant().atOffset(ZoneOffset.UTC))));
    }
  }

  private MinutesVersion step(
      StaffMember actor,
      long meetingId,
      long minutesId,
      long expectedVersion,
      Consumer<Minutes> step,
      String purpose) {
    Minutes minutes = minutesAt(meetingId, minutesId, expectedVersion);
    step.accept(minutes);
    unitOfWork.flush();
    recordFor(minutes, AuditAction.UPDATE, purpose);
    return versionOf(minutes, actor);
  }

  /** A version of the minutes waiting for a step that the caller may take. */
  public record MinutesToDo(
      long meetingId,
      Instant meetingStart,
      long minutesId,
      int versionNo,
      MinutesNextStep next,
      String preparedBy) {}

  /**
   * The minutes of the caller's region waiting for a step the caller may take now (review or
   * approval), the earliest meeting first: for a chair's or a case worker's list of work. It names
   * meetings and people, not clients, so it is not a read of client data.
   */
  public List<MinutesToDo> waitingForCaller() {
    StaffMember me = rights.regionStaff();
    return minutesVersions.openInRegion(me.regionId()).stream()
        .filter(m -> !m.meeting().isCancelled())
        .filter(m -> MinutesSteps.mayReview(m, me) || MinutesSteps.mayApprove(m, me))
        .map(
            m ->
                new MinutesToDo(
                    m.meeting().id(),
                    m.meeting().startsAt(),
                    m.id(),
                    m.versionNo(),
                    MinutesSteps.next(m),
                    displayName(m.preparedBy())))
        .toList();
  }

  /**
   * The minutes history, oldest first, each version with what it changed from the one before. The
   * changes name clients (which parts of whose slot), so reading the list is audited against each
   * client it names.
   */
  public List<MinutesVersion> versions(long meetingId) {
    StaffMember reader = rights.regionStaff();
    List<Minutes> history = history(rights.toSee(meetingId));
    List<MinutesVersion> versions = new ArrayList<>();
    Map<String, Long> caseByReference = new HashMap<>();
    for (int i = 0; i < history.size(); i++) {
      versions.add(
          MinutesVersion.of(
              history.get(i), i == 0 ? null : history.get(i - 1), this::displayName, reader));
      MinutesContent.fromJson(history.get(i).content())
          .slots()
          .forEach(slot -> caseByReference.put(slot.reference(), slot.caseId()));
    }
    audit.recordAboutEach(
        versions.stream()
            .flatMap(v -> v.changes().stream())
            .map(MinutesChanges.Change::caseReference)
            .filter(caseByReference::containsKey)
            .map(caseByReference::get)
            .distinct()
            .toList(),
        AuditRecord.success(
            AuditAction.READ, "MinutesHistory", String.valueOf(meetingId), "minutes history"));
    return versions;
  }

  private MinutesVersion versionOf(Minutes minutes, StaffMember reader) {
    Minutes previous =
        history(minutes.meeting()).stream()
            .filter(m -> m.versionNo() == minutes.versionNo() - 1)
            .findFirst()
            .orElse(null);
    return MinutesVersion.of(minutes, previous, this::displayName, reader);
  }

  /** A staff user's display name (the user name if there is no such user any more). */
  private String displayName(String username) {
    return staff.findByUsername(username).map(StaffUser::displayName).orElse(username);
  }

  /**
   * The whole minutes of the meeting as PDF, for the region's chairs and case workers; audited
   * against every client in it (the clients of the minutes, who may no longer all be on the
   * meeting).
   */
  public byte[] wholePdf(long meetingId, long minutesId, Locale language) {
    Minutes minutes = minutesOf(rights.toSee(meetingId), minutesId);
    MinutesContent content = MinutesContent.fromJson(minutes.content());
    recordFor(minutes, AuditAction.READ, "minutes (whole)");
    return MinutesPdf.render(
        content,
        MinutesCut.whole(content, displayName(caller.name())),
        minutes.versionNo(),
        minutes.state().name(),
        language);
  }

  /**
   * The cut of the minutes a partner organisation may have: the clients whose slot it was invited
   * to, each with the categories the client's consent allows it now.
   */
  public MinutesCut cutFor(long minutesId, long organisationId, String recipient) {
    Minutes minutes = minutesVersions.find(minutesId).orElseThrow(CaseAccessDenied::new);
    MinutesContent content = MinutesContent.fromJson(minutes.content());
    Map<Long, Set<InformationCategory>> allowed = new HashMap<>();
    // the consents of the clients whose slot the organisation was invited to, in one read
    Map<Long, Set<InformationCategory>> disclosable =
        policy.disclosableTo(
            content.slots().stream()
                .filter(
                    slot ->
                        slot.attendees().stream()
                            .anyMatch(p -> Long.valueOf(organisationId).equals(p.organisationId())))
                .map(MinutesContent.SlotPart::caseId)
                .collect(Collectors.toSet()),
            organisationId);
    for (MinutesContent.SlotPart slot : content.slots()) {
      boolean invited =
          slot.attendees().stream()
              .anyMatch(p -> Long.valueOf(organisationId).equals(p.organisationId()));
      Set<InformationCategory> categories =
          invited ? disclosable.get(slot.caseId()) : EnumSet.noneOf(InformationCategory.class);
      if (categories.contains(InformationCategory.IDENTITY_AND_RELEASE)) {
        allowed.put(slot.caseId(), categories);
      }
    }
    return new MinutesCut(recipient, allowed);
  }

  /** A partner organisation's copy as PDF (what distribution sends). */
  public byte[] pdfFor(long minutesId, long organisationId, String recipient) {
    Minutes minutes = minutesVersions.find(minutesId).orElseThrow(CaseAccessDenied::new);
    MinutesCut cut = cutFor(minutesId, organisationId, recipient);
    cut.categoriesByCase()
        .forEach(
            (caseId, categories) ->
                audit.record(
                    AuditRecord.success(
                            AuditAction.DISCLOSE,
                            "Minutes",
                            String.valueOf(minutesId),
                            "minutes copy for " + recipient + ": " + categories)
                        .aboutClientCase(caseId)));
    return MinutesPdf.render(
        MinutesContent.fromJson(minutes.content()),
        cut,
        minutes.versionNo(),
        minutes.state().name(),
        FINNISH);
  }

  private MinutesContent contentOf(Meeting meeting) {
    return MinutesRecord.of(meetingDays, meeting);
  }

  private List<Minutes> history(Meeting meeting) {
    return minutesVersions.ofMeeting(meeting.id());
  }

  /**
   * The version to take a step on, if nobody changed it since the caller read it. The version is
   * compared before any rule about who may take the step, so a stale request is a conflict first.
   */
  private Minutes minutesAt(long meetingId, long minutesId, long expectedVersion) {
    Minutes minutes = minutesOf(rights.toSee(meetingId), minutesId);
    if (minutes.version() != expectedVersion) {
      throw new ConcurrentEdit();
    }
    return minutes;
  }

  /**
   * Version {@code minutesId} of this meeting's minutes; the minutes of another meeting are not
   * found, exactly as minutes that do not exist.
   */
  private Minutes minutesOf(Meeting meeting, long minutesId) {
    return history(meeting).stream()
        .filter(m -> m.id() != null && m.id() == minutesId)
        .findFirst()
        .orElseThrow(CaseAccessDenied::new);
  }

  /**
   * Audits against every client the minutes hold: their content, not the meeting's slots now (a
   * slot removed or moved since is still in the minutes written before).
   */
  private void recordFor(Minutes minutes, AuditAction action, String purpose) {
    for (MinutesContent.SlotPart slot : MinutesContent.fromJson(minutes.content()).slots()) {
      audit.record(
          AuditRecord.success(
                  action,
                  "Minutes",
                  String.valueOf(minutes.id()),
                  purpose + " v" + minutes.versionNo())
              .aboutClientCase(slot.caseId()));
    }
  }
}
