package fi.aso.application.audit;

import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way into the audit trail. It appends and it reads; there is deliberately no update
 * or delete, and the database refuses both as well. Every read and change of client data is
 * routed through {@link #record}.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject CallerIdentity caller;

  Clock clock = Clock.systemUTC();

  public AuditTrail() {}

  /** For tests outside the container. */
  public AuditTrail(EntityManager em, CallerIdentity caller, Clock clock) {
    this.em = em;
    this.caller = caller;
    this.clock = clock;
  }

  /** Appends in the caller's transaction: the audit line commits or rolls back with the change. */
  public AuditEvent record(AuditRecord record) {
    return append(caller.name(), record);
  }

  /**
   * Appends in a transaction of its own, for attempts that fail or are refused: the refusal is
   * kept even though the caller's transaction rolls back.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEvent recordIndependently(AuditRecord record) {
    return append(caller.name(), record);
  }

  /**
   * Appends, in a transaction of its own, for an actor the container does not know yet: sign-in
   * attempts, where the actor is the name that was tried.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEvent recordAs(String actor, AuditRecord record) {
    return append(actor, record);
  }

  /**
   * Appends in the caller's transaction for an actor who has no account, such as the client on
   * the consent page.
   */
  public AuditEvent recordFor(String actor, AuditRecord record) {
    return append(actor, record);
  }

  private AuditEvent append(String actor, AuditRecord record) {
    AuditEvent event = AuditEvent.of(record, actor, Instant.now(clock), caller.requestId());
    em.persist(event);
    return event;
  }

  public List<AuditEvent> forObject(String objectType, String objectId) {
    return em.createNamedQuery("AuditEvent.findByObject", AuditEvent.class)
        .setParameter("type", objectType)
        .setParameter("id", objectId)
        .getResultList();
  }

  public List<AuditEvent> forClientCase(long caseId) {
    return em.createNamedQuery("AuditEvent.findForClientCase", AuditEvent.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  public List<AuditEvent> recent(int max) {
    return em.createNamedQuery("AuditEvent.findRecent", AuditEvent.class)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList();
  }
}
