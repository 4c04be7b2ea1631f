package fi.aso.application.audit;

import fi.aso.domain.audit.AuditEvent;
import fi.aso.domain.audit.AuditEventRepository;
import fi.aso.domain.audit.AuditRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way into the audit trail. It appends and it reads; there is deliberately no update or
 * delete, and the database refuses both as well. Every read and change of client data is routed
 * through {@link #record}.
 *
 * <p>A bean of its own rather than a repository: it adds who and when, and writes refusals in a
 * transaction of their own ({@code REQUIRES_NEW}), which only a container-managed bean can do.
 * Storage is behind {@link AuditEventRepository}, which can append and read, nothing else.
 */
@Stateless
public class AuditTrail {

  @Inject AuditEventRepository events;

  @Inject CallerIdentity caller;

  Clock clock = Clock.systemUTC();

  public AuditTrail() {}

  /** For tests outside the container. */
  public AuditTrail(AuditEventRepository events, CallerIdentity caller, Clock clock) {
    this.events = events;
    this.caller = caller;
    this.clock = clock;
  }

  /** Appends in the caller's transaction: the audit line commits or rolls back with the change. */
  public AuditEvent record(AuditRecord record) {
    return append(caller.name(), record);
  }

  /**
   * One line per client, in the caller's transaction: a read or a disclosure that names several
   * clients (a list, a PDF of several slots) is on each one's access report.
   */
  public void recordAboutEach(java.util.Collection<Long> caseIds, AuditRecord record) {
    caseIds.forEach(caseId -> record(record.aboutClientCase(caseId)));
  }

  /**
   * Appends in a transaction of its own, for attempts that fail or are refused: the refusal is kept
   * even though the caller's transaction rolls back.
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
   * Appends in the caller's transaction for an actor who has no account, such as the client on the
   * consent page.
   */
  public AuditEvent recordFor(String actor, AuditRecord record) {
    return append(actor, record);
  }

  private AuditEvent append(String actor, AuditRecord record) {
    AuditEvent event =
        AuditEvent.of(
            record, actor, Instant.now(clock), caller.requestId(), caller.sourceAddress());
    return events.append(event);
  }

  public List<AuditEvent> forObject(String objectType, String objectId) {
    return events.aboutObject(objectType, objectId);
  }

  public List<AuditEvent> forClientCase(long caseId) {
    return events.aboutClientCase(caseId);
  }

  public List<AuditEvent> recent(int max) {
    return events.latest(Math.max(1, Math.min(max, 500)));
  }
}
