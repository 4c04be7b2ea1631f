package fi.aso.infrastructure.persistence;

import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesCopy;
import fi.aso.domain.minutes.MinutesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaMinutesRepository implements MinutesRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaMinutesRepository() {}

  /** For tests outside the container. */
  public JpaMinutesRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Minutes> find(long minutesId) {
    return Optional.ofNullable(em.find(Minutes.class, minutesId));
  }

  @Override
  public List<Minutes> ofMeeting(long meetingId) {
    return em.createNamedQuery("Minutes.ofMeeting", Minutes.class)
        .setParameter("meeting", meetingId)
        .getResultList();
  }

  @Override
  public List<Minutes> openInRegion(long regionId) {
    return em.createNamedQuery("Minutes.openInRegion", Minutes.class)
        .setParameter("region", regionId)
        .getResultList();
  }

  @Override
  public Set<Long> meetingsWithApprovedMinutes(Collection<Long> meetingIds) {
    if (meetingIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select distinct m.meeting.id from Minutes m where m.meeting.id in :meetings"
                    + " and m.state = fi.aso.domain.minutes.MinutesState.APPROVED",
                Long.class)
            .setParameter("meetings", meetingIds)
            .getResultList());
  }

  @Override
  public Minutes store(Minutes minutes) {
    em.persist(minutes);
    em.flush();
    return minutes;
  }

  @Override
  public Optional<MinutesCopy> findCopy(long copyId) {
    return Optional.ofNullable(em.find(MinutesCopy.class, copyId));
  }

  @Override
  public List<MinutesCopy> copiesOf(long minutesId) {
    return em.createNamedQuery("MinutesCopy.ofMinutes", MinutesCopy.class)
        .setParameter("minutes", minutesId)
        .getResultList();
  }

  @Override
  public MinutesCopy storeCopy(MinutesCopy copy) {
    em.persist(copy);
    em.flush();
    return copy;
  }
}
