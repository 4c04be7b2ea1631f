package fi.aso.infrastructure.persistence;

import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaServiceRepository implements ServiceRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaServiceRepository() {}

  /** For tests outside the container. */
  public JpaServiceRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Service> find(long serviceId) {
    return Optional.ofNullable(em.find(Service.class, serviceId));
  }

  @Override
  public List<Service> ofRegion(long regionId) {
    // the kinds in the list's order (housing first), not in the alphabet of their codes
    Collator finnish = Collator.getInstance(Locale.of("fi", "FI"));
    return em.createNamedQuery("Service.ofRegion", Service.class)
        .setParameter("region", regionId)
        .getResultStream()
        .sorted(
            Comparator.comparing(Service::kind)
                .thenComparing(Service::nameFi, finnish)
                .thenComparing(Service::id))
        .toList();
  }

  @Override
  public Service store(Service service) {
    em.persist(service);
    em.flush();
    return service;
  }
}
