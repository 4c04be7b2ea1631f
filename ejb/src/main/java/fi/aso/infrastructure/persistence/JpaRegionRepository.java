package fi.aso.infrastructure.persistence;

import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaRegionRepository() {}

  /** For tests outside the container. */
  public JpaRegionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<Region> findAll() {
    return em.createNamedQuery("Region.findAll", Region.class).getResultList();
  }

  @Override
  public Optional<Region> find(long id) {
    return Optional.ofNullable(em.find(Region.class, id));
  }

  @Override
  public Optional<Region> findByCode(String code) {
    return em.createNamedQuery("Region.findByCode", Region.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Region store(Region region) {
    em.persist(region);
    em.flush();
    return region;
  }
}
