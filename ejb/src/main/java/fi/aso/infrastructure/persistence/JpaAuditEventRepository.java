package fi.aso.infrastructure.persistence;

import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Joins whichever transaction the audit trail runs in (its own, for refusals). */
@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaAuditEventRepository() {}

  /** For tests outside the container. */
  public JpaAuditEventRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public AuditEvent append(AuditEvent event) {
    em.persist(event);
    return event;
  }

  @Override
  public List<AuditEvent> aboutObject(String objectType, String objectId) {
    return em.createNamedQuery("AuditEvent.findByObject", AuditEvent.class)
        .setParameter("type", objectType)
        .setParameter("id", objectId)
        .getResultList();
  }

  @Override
  public List<AuditEvent> aboutClientCase(long caseId) {
    return em.createNamedQuery("AuditEvent.findForClientCase", AuditEvent.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public List<AuditEvent> latest(int max) {
    return em.createNamedQuery("AuditEvent.findRecent", AuditEvent.class)
        .setMaxResults(max)
        .getResultList();
  }
}
