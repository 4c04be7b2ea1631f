package fi.aso.infrastructure.persistence;

import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.BusyTimeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBusyTimeRepository implements BusyTimeRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaBusyTimeRepository() {}

  /** For tests outside the container. */
  public JpaBusyTimeRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<BusyTime> findInRegion(long busyTimeId, long regionId) {
    return em.createQuery(
            "select b from BusyTime b where b.id = :id and b.region.id = :region", BusyTime.class)
        .setParameter("id", busyTimeId)
        .setParameter("region", regionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public BusyTime store(BusyTime busy) {
    em.persist(busy);
    em.flush();
    return busy;
  }

  @Override
  public void remove(BusyTime busy) {
    em.remove(busy);
  }

  @Override
  public List<BusyTime> ofRegionBetween(long regionId, Instant from, Instant to) {
    return em.createNamedQuery("BusyTime.between", BusyTime.class)
        .setParameter("region", regionId)
        .setParameter("from", Utc.at(from))
        .setParameter("to", Utc.at(to))
        .getResultList();
  }
}
