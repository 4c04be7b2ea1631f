package fi.aso.application.meetingday;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingStatus;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's way through the group, for the case page: the meetings they were on (and whether
 * the minutes are approved) and every action agreed for them. The region's staff only; audited.
 */
@Stateless
public class CaseHistory {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject CaseAccess access;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public CaseHistory() {}

  /** For tests outside the container. */
  public CaseHistory(EntityManager em, CaseAccess access, AuditTrail audit, Clock clock) {
    this.em = em;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** One meeting the client had a slot in. */
  public record MeetingOfCase(long meetingId, Instant slotStart, Instant slotEnd, String place, MeetingStatus status,
      boolean minutesApproved) {}

  /** The client's meetings and actions. */
  public record View(List<MeetingOfCase> meetings, List<ActionView> actions) {}

  public View of(long caseId) {
    access.forRegionStaff(caseId);
    audit.record(AuditRecord.success(AuditAction.READ, "ClientCase", String.valueOf(caseId), "meetings and actions")
        .aboutClientCase(caseId));
    List<MeetingOfCase> meetings = em.createNamedQuery("ClientSlot.ofCase", ClientSlot.class).setParameter("caseId", caseId)
        .getResultStream()
        .map(s -> new MeetingOfCase(s.meeting().id(), s.startsAt(), s.endsAt(), s.meeting().place(), s.meeting().status(),
            approved(s.meeting().id())))
        .toList();
    LocalDate today = LocalDate.now(clock.withZone(Actions.HELSINKI));
    List<ActionView> actions = em.createNamedQuery("ActionItem.ofCase", ActionItem.class).setParameter("caseId", caseId)
        .getResultStream().map(a -> ActionView.of(a, today)).toList();
    return new View(meetings, actions);
  }

  private boolean approved(long meetingId) {
    return em.createNamedQuery("Minutes.ofMeeting", Minutes.class).setParameter("meeting", meetingId).getResultStream()
        .anyMatch(m -> m.state() == MinutesState.APPROVED);
  }
}
