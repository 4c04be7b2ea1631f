package fi.aso.infrastructure.persistence;

import fi.aso.domain.clientcase.CaseStateChange;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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
  public List<ClientCase> openInRegion(long regionId) {
    return em.createNamedQuery("ClientCase.openInRegion", ClientCase.class)
        .setParameter("regionId", regionId)
        .getResultList();
  }

  @Override
  public ClientCase store(ClientCase clientCase) {
    em.persist(clientCase);
    return clientCase;
  }

  @Override
  public void record(CaseStateChange change) {
    em.persist(change);
  }
}
