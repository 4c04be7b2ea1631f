package fi.aso.infrastructure.persistence;

import fi.aso.domain.clientcase.CaseStateChange;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaClientCaseRepository implements ClientCaseRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaClientCaseRepository() {}

  /** For tests outside the container. */
  public JpaClientCaseRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ClientCase> find(long id) {
    return Optional.ofNullable(em.find(ClientCase.class, id));
  }

  @Override
  public List<ClientCase> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("ClientCase.byIds", ClientCase.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<ClientCase> openInRegion(long regionId) {
    return em.createNamedQuery("ClientCase.openInRegion", ClientCase.class)
        .setParameter("regionId", regionId)
        .getResultList();
  }

  @Override
  public List<ClientCase> openInRegions(List<Long> regionIds) {
    if (regionIds.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ClientCase>> byRegion =
        em.createNamedQuery("ClientCase.openInRegions", ClientCase.class)
            .setParameter("regionIds", regionIds)
            .getResultStream()
            .collect(Collectors.groupingBy(c -> c.region().id(), Collectors.toList()));
    return regionIds.stream().flatMap(r -> byRegion.getOrDefault(r, List.of()).stream()).toList();
  }

  @Override
  public ClientCase store(ClientCase clientCase) {
    em.persist(clientCase);
    em.flush();
    return clientCase;
  }

  @Override
  public long nextReferenceNumber() {
    return ((Number)
            em.createNativeQuery("select nextval('client_case_reference_seq')").getSingleResult())
        .longValue();
  }

  @Override
  public boolean identityKnownInRegion(long regionId, Collection<String> identityCodeHashes) {
    return !em.createQuery(
            "select c.id from ClientCase c where c.region.id = :region and c.picHash in :hashes")
        .setParameter("region", regionId)
        .setParameter("hashes", identityCodeHashes)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void record(CaseStateChange change) {
    em.persist(change);
  }
}
