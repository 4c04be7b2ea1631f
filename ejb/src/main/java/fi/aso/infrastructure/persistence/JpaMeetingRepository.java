package fi.aso.infrastructure.persistence;

import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.MeetingSeries;
import fi.aso.domain.meeting.SlotInvitee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaMeetingRepository() {}

  /** For tests outside the container. */
  public JpaMeetingRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Meeting> find(long meetingId) {
    return Optional.ofNullable(em.find(Meeting.class, meetingId));
  }

  @Override
  public void lockForChange(Meeting meeting) {
    em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  @Override
  public Meeting store(Meeting meeting) {
    em.persist(meeting);
    em.flush();
    return meeting;
  }

  @Override
  public List<Meeting> ofRegionBetween(long regionId, Instant from, Instant to) {
    return em.createNamedQuery("Meeting.inRegionBetween", Meeting.class)
        .setParameter("region", regionId)
        .setParameter("from", Utc.at(from))
        .setParameter("to", Utc.at(to))
        .getResultList();
  }

  @Override
  public Set<Instant> startsOfSeriesAmong(MeetingSeries series, Collection<Instant> starts) {
    if (starts.isEmpty()) {
      return Set.of();
    }
    return em.createNamedQuery("Meeting.startsOfSeriesAmong", OffsetDateTime.class)
        .setParameter("series", series)
        .setParameter("starts", starts.stream().map(Utc::at).toList())
        .getResultStream()
        .map(OffsetDateTime::toInstant)
        .collect(Collectors.toSet());
  }

  @Override
  public Optional<MeetingSeries> findSeries(long seriesId) {
    return Optional.ofNullable(em.find(MeetingSeries.class, seriesId));
  }

  @Override
  public MeetingSeries storeSeries(MeetingSeries series) {
    em.persist(series);
    em.flush();
    return series;
  }

  @Override
  public List<MeetingSeries> seriesOfRegion(long regionId) {
    return em.createNamedQuery("MeetingSeries.ofRegion", MeetingSeries.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public Optional<ClientSlot> findSlot(long slotId) {
    return Optional.ofNullable(em.find(ClientSlot.class, slotId));
  }

  @Override
  public void removeSlot(ClientSlot slot) {
    em.remove(slot);
    em.flush();
  }

  @Override
  public List<ClientSlot> slotsOfCase(long caseId) {
    return em.createNamedQuery("ClientSlot.ofCase", ClientSlot.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public Map<Long, Instant> firstPlannedSlotStartsFrom(Collection<Long> caseIds, Instant from) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Instant> first = new HashMap<>();
    em.createNamedQuery("ClientSlot.plannedStartsOfCasesFrom", Object[].class)
        .setParameter("caseIds", caseIds)
        .setParameter("from", Utc.at(from))
        .getResultStream()
        .forEach(
            row ->
                first.putIfAbsent(
                    ((Number) row[0]).longValue(), ((OffsetDateTime) row[1]).toInstant()));
    return first;
  }

  @Override
  public List<ClientSlot> plannedSlotsOfOtherMeetingsBetween(
      long meetingId, Instant from, Instant to) {
    return em.createNamedQuery("ClientSlot.plannedOfOtherMeetingsBetween", ClientSlot.class)
        .setParameter("meeting", meetingId)
        .setParameter("from", Utc.at(from))
        .setParameter("to", Utc.at(to))
        .getResultList();
  }

  @Override
  public List<ClientSlot> plannedSlotsUsingVideoRoomsBetween(
      Collection<Long> roomIds, Instant from, Instant to) {
    if (roomIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("ClientSlot.usingVideoRoomsBetween", ClientSlot.class)
        .setParameter("rooms", roomIds)
        .setParameter("from", Utc.at(from))
        .setParameter("to", Utc.at(to))
        .getResultList();
  }

  @Override
  public Optional<SlotInvitee> findInvitee(long inviteeId) {
    return Optional.ofNullable(em.find(SlotInvitee.class, inviteeId));
  }

  @Override
  public List<SlotInvitee> activeInviteesOfOrganisationFrom(long organisationId, Instant from) {
    return em.createNamedQuery("SlotInvitee.activeOfOrganisationFrom", SlotInvitee.class)
        .setParameter("organisation", organisationId)
        .setParameter("from", Utc.at(from))
        .getResultList();
  }

  @Override
  public List<SlotInvitee> declinedInRegionFrom(long regionId, Instant from) {
    return em.createNamedQuery("SlotInvitee.declinedInRegionFrom", SlotInvitee.class)
        .setParameter("region", regionId)
        .setParameter("from", Utc.at(from))
        .getResultList();
  }

  @Override
  public List<SlotInvitee> activeInviteesOfCaseFromOrganisations(
      long caseId, Collection<Long> organisationIds) {
    return em.createNamedQuery("SlotInvitee.activeOfCaseAndOrganisations", SlotInvitee.class)
        .setParameter("caseId", caseId)
        .setParameter("organisations", organisationIds)
        .getResultList();
  }

  @Override
  public List<ClientSlot> flaggedInRegionFrom(long regionId, Instant from) {
    return em.createNamedQuery("ClientSlot.flaggedInRegionFrom", ClientSlot.class)
        .setParameter("region", regionId)
        .setParameter("from", Utc.at(from))
        .getResultList();
  }

  @Override
  public List<ClientSlot> plannedSlotsStartingBetween(Instant from, Instant to) {
    return em.createNamedQuery("ClientSlot.plannedStartingBetween", ClientSlot.class)
        .setParameter("from", Utc.at(from))
        .setParameter("to", Utc.at(to))
        .getResultList();
  }
}
