package fi.aso.infrastructure.persistence;

import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.FollowUpPoint;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.meetingday.SlotRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaMeetingDayRepository implements MeetingDayRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaMeetingDayRepository() {}

  /** For tests outside the container. */
  public JpaMeetingDayRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<SlotRecord> recordOf(long slotId) {
    return Optional.ofNullable(em.find(SlotRecord.class, slotId));
  }

  @Override
  public Map<Long, SlotRecord> recordsOf(Collection<Long> slotIds) {
    if (slotIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("select r from SlotRecord r where r.slotId in :slots", SlotRecord.class)
        .setParameter("slots", slotIds)
        .getResultStream()
        .collect(Collectors.toMap(SlotRecord::slotId, Function.identity()));
  }

  @Override
  public SlotRecord storeRecord(SlotRecord record) {
    em.persist(record);
    return record;
  }

  @Override
  public Optional<ActionItem> findAction(long actionId) {
    return Optional.ofNullable(em.find(ActionItem.class, actionId));
  }

  @Override
  public ActionItem storeAction(ActionItem action) {
    em.persist(action);
    em.flush();
    return action;
  }

  @Override
  public Map<Long, List<ActionItem>> actionsOfSlots(Collection<Long> slotIds) {
    if (slotIds.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery("ActionItem.ofSlots", ActionItem.class)
        .setParameter("slots", slotIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                a -> a.slot().orElseThrow().id(), LinkedHashMap::new, Collectors.toList()));
  }

  @Override
  public List<ActionItem> actionsOfCase(long caseId) {
    return em.createNamedQuery("ActionItem.ofCase", ActionItem.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public List<ActionItem> actionsOfOrganisation(long organisationId) {
    return em.createNamedQuery("ActionItem.ofOrganisation", ActionItem.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  @Override
  public List<ActionItem> actionsOfCaseWorker(long staffUserId) {
    return em.createQuery(
            "select a from ActionItem a where a.clientCase.caseWorker.id = :me"
                + " order by a.dueDate, a.id",
            ActionItem.class)
        .setParameter("me", staffUserId)
        .getResultList();
  }

  @Override
  public List<ActionItem> openActionsOfRegion(long regionId) {
    return em.createNamedQuery("ActionItem.ofRegion", ActionItem.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public List<ActionItem> overdueActionsOfRegion(long regionId, LocalDate today) {
    return em.createNamedQuery("ActionItem.overdueInRegion", ActionItem.class)
        .setParameter("region", regionId)
        .setParameter("today", today)
        .getResultList();
  }

  @Override
  public List<ActionItem> openActionsOfContactsDueBy(LocalDate day) {
    return em.createQuery(
            "select a from ActionItem a where a.contactPerson is not null and a.dueDate <= :soon"
                + " and a.status in (fi.aso.domain.meetingday.ActionStatus.OPEN, fi.aso.domain.meetingday.ActionStatus.IN_PROGRESS)",
            ActionItem.class)
        .setParameter("soon", day)
        .getResultList();
  }

  @Override
  public Optional<FollowUpPoint> findPoint(long pointId) {
    return Optional.ofNullable(em.find(FollowUpPoint.class, pointId));
  }

  @Override
  public List<FollowUpPoint> pointsOfCase(long caseId) {
    return em.createNamedQuery("FollowUpPoint.ofCase", FollowUpPoint.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public FollowUpPoint storePoint(FollowUpPoint point) {
    em.persist(point);
    return point;
  }

  @Override
  public Map<Long, FollowUpPoint> firstOpenPointsOf(Collection<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, FollowUpPoint> first = new LinkedHashMap<>();
    em.createNamedQuery("FollowUpPoint.openOfCases", FollowUpPoint.class)
        .setParameter("caseIds", caseIds)
        .getResultStream()
        .forEach(p -> first.putIfAbsent(p.clientCase().id(), p));
    return first;
  }
}
