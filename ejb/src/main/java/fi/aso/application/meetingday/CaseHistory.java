package fi.aso.application.meetingday;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.MeetingStatus;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.minutes.MinutesRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's way through the group, for the case page: the meetings they were on (and whether the
 * minutes are approved) and every action agreed for them. The region's staff only; audited.
 */
@Stateless
public class CaseHistory {

  @Inject MeetingRepository meetings;
  @Inject MeetingDayRepository meetingDays;
  @Inject MinutesRepository minutes;

  @Inject CaseAccess access;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public CaseHistory() {}

  /** For tests outside the container. */
  public CaseHistory(
      MeetingRepository meetings,
      MeetingDayRepository meetingDays,
      MinutesRepository minutes,
      CaseAccess access,
      AuditTrail audit,
      Clock clock) {
    this.meetings = meetings;
    this.meetingDays = meetingDays;
    this.minutes = minutes;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** One meeting the client had a slot in. */
  public record MeetingOfCase(
      long meetingId,
      Instant slotStart,
      Instant slotEnd,
      String place,
      MeetingStatus status,
      boolean minutesApproved) {}

  /** The client's meetings and actions. */
  public record View(List<MeetingOfCase> meetings, List<ActionView> actions) {}

  public View of(long caseId) {
    access.forRegionStaff(caseId);
    audit.record(
        AuditRecord.success(
                AuditAction.READ, "ClientCase", String.valueOf(caseId), "meetings and actions")
            .aboutClientCase(caseId));
    List<ClientSlot> slots = meetings.slotsOfCase(caseId);
    // whether each meeting's minutes are approved, in one read for all of them
    Set<Long> approved =
        minutes.meetingsWithApprovedMinutes(
            slots.stream().map(s -> s.meeting().id()).collect(Collectors.toSet()));
    List<MeetingOfCase> meetingsOfCase =
        slots.stream()
            .map(
                s ->
                    new MeetingOfCase(
                        s.meeting().id(),
                        s.startsAt(),
                        s.endsAt(),
                        s.meeting().place(),
                        s.meeting().status(),
                        approved.contains(s.meeting().id())))
            .toList();
    LocalDate today = LocalDate.now(clock.withZone(Actions.HELSINKI));
    List<ActionView> actions =
        meetingDays.actionsOfCase(caseId).stream().map(a -> ActionView.of(a, today)).toList();
    return new View(meetingsOfCase, actions);
  }
}
