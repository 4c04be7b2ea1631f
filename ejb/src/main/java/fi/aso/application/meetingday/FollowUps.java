package fi.aso.application.meetingday;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseOutcome;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.meetingday.FollowUpPoint;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.MeetingDayRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Following a client up after the meeting: the standard points (at release, 3, 6 and 12 months),
 * what was found at each, and closing the case, which needs an outcome. A case worker or chair of
 * the region records; the chair closes. Every read and change is audited.
 */
@Stateless
public class FollowUps {

  @Inject MeetingDayRepository meetingDays;
  @Inject UnitOfWork unitOfWork;

  @Inject CaseAccess access;
  @Inject ClientCaseRepository cases;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public FollowUps() {}

  /** For tests outside the container. */
  public FollowUps(
      MeetingDayRepository meetingDays,
      UnitOfWork unitOfWork,
      CaseAccess access,
      ClientCaseRepository cases,
      CallerIdentity caller,
      AuditTrail audit,
      Clock clock) {
    this.meetingDays = meetingDays;
    this.unitOfWork = unitOfWork;
    this.access = access;
    this.cases = cases;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /** A follow-up point as pages and the API show it. */
  public record PointView(
      long id,
      FollowUpPoint.Label label,
      LocalDate dueDate,
      Boolean housedBeforeRelease,
      String howHoused,
      HousingForm housingForm,
      Boolean stillHoused,
      String note,
      boolean recorded,
      long version) {}

  /**
   * Sets the standard points from the expected release date (those already there are kept) and
   * moves a discussed case to follow-up.
   */
  public List<PointView> plan(long caseId) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    LocalDate release =
        clientCase
            .expectedReleaseDate()
            .orElseThrow(
                () ->
                    new Refusal(
                        "followUp.noReleaseDate",
                        "follow-up is counted from the release date: set it first"));
    List<FollowUpPoint> existing = pointsOf(caseId);
    for (FollowUpPoint.Label label : FollowUpPoint.Label.values()) {
      if (existing.stream().noneMatch(p -> p.label() == label)) {
        meetingDays.storePoint(new FollowUpPoint(clientCase, label, release));
      }
    }
    if (clientCase.state() == CaseState.DISCUSSED) {
      cases.record(
          clientCase.moveTo(
              CaseState.FOLLOW_UP,
              caller.name(),
              "follow-up planned",
              clock.instant().atOffset(ZoneOffset.UTC)));
    }
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE, "FollowUpPoint", String.valueOf(caseId), "follow-up planned")
            .aboutClientCase(caseId));
    return views(caseId);
  }

  public List<PointView> points(long caseId) {
    access.forRegionStaff(caseId);
    audit.record(
        AuditRecord.success(AuditAction.READ, "FollowUpPoint", String.valueOf(caseId), "follow-up")
            .aboutClientCase(caseId));
    return views(caseId);
  }

  /**
   * Records the housing situation at point {@code pointId} of the case, if it is still the version
   * read. A point of another case is not found, exactly as one that does not exist.
   */
  public PointView record(
      long caseId,
      long pointId,
      long expectedVersion,
      Boolean housedBefore,
      String how,
      HousingForm form,
      Boolean stillHoused,
      String note) {
    access.forRegionStaff(caseId);
    FollowUpPoint point =
        pointsOf(caseId).stream()
            .filter(p -> p.id() != null && p.id() == pointId)
            .findFirst()
            .orElseThrow(CaseAccessDenied::new);
    if (point.version() != expectedVersion) {
      throw new ConcurrentEdit();
    }
    point.record(housedBefore, how, form, stillHoused, note, caller.name(), clock.instant());
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE,
                "FollowUpPoint",
                String.valueOf(pointId),
                "follow-up " + point.label())
            .aboutClientCase(point.clientCase().id()));
    return view(point);
  }

  /** Closes the case with its outcome (the chair). */
  public void close(long caseId, CaseOutcome outcome, String note) {
    ClientCase clientCase = access.forChair(caseId);
    cases.record(
        clientCase.close(outcome, note, caller.name(), clock.instant().atOffset(ZoneOffset.UTC)));
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE, "ClientCase", String.valueOf(caseId), "closed: " + outcome)
            .aboutClientCase(caseId));
  }

  private List<FollowUpPoint> pointsOf(long caseId) {
    return meetingDays.pointsOfCase(caseId);
  }

  private List<PointView> views(long caseId) {
    return pointsOf(caseId).stream().map(FollowUps::view).toList();
  }

  private static PointView view(FollowUpPoint p) {
    return new PointView(
        p.id(),
        p.label(),
        p.dueDate(),
        p.housedBeforeRelease().orElse(null),
        p.howHoused().orElse(null),
        p.housingForm().orElse(null),
        p.stillHoused().orElse(null),
        p.note().orElse(null),
        p.isRecorded(),
        p.version());
  }
}
