package fi.aso.infrastructure.persistence;

import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentHistory;
import fi.aso.domain.consent.ConsentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaConsentRepository() {}

  /** For tests outside the container. */
  public JpaConsentRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public ConsentHistory historyOf(long caseId) {
    return new ConsentHistory(
        em.createNamedQuery("Consent.ofCase", Consent.class).setParameter("caseId", caseId).getResultList());
  }

  @Override
  public Consent store(Consent consent) {
    em.persist(consent);
    return consent;
  }
}
