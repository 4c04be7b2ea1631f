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

  @Override
  public List<Region> findAll() {
    return em.createNamedQuery("Region.findAll", Region.class).getResultList();
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
    return region;
  }
}
