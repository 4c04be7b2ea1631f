package fi.aso.application.retention;

import fi.aso.application.audit.AuditTrail;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.RetentionRecord;
import fi.aso.domain.retention.RetentionStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The retention job: once a day (a day in Finnish time is its period), whatever the number of
 * nodes, it removes or anonymises what has expired and logs each removal. Nodes that fire at the
 * same time each claim the day's run (one row per day in {@code retention_run}): the first one
 * runs, the others wait for its transaction and then find the day taken and do nothing. Everything
 * of one run is one transaction, so a failure leaves the day unrun and the next firing tries again.
 */
@Stateless
public class Retention {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** The audit trail's actor for what the job does: no person, the platform's own rule. */
  public static final String ACTOR = "retention";

  @Inject RetentionStore store;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public Retention() {}

  /** For tests outside the container. */
  public Retention(RetentionStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** What one firing did: the run it made, or nothing when the day's run was made already. */
  public record RunResult(Optional<Long> runId, List<Expired> removed) {
    public boolean ran() {
      return runId.isPresent();
    }
  }

  /** Runs the day's retention unless some node has; {@code node} names this one in the run. */
  public RunResult runDue(String node) {
    Instant now = clock.instant();
    LocalDate day = now.atZone(HELSINKI).toLocalDate();
    Optional<Long> claimed = store.claimRun(day, node, now);
    if (claimed.isEmpty()) {
      return new RunResult(Optional.empty(), List.of());
    }
    long run = claimed.get();
    List<Expired> expired = store.expired(now);
    for (Expired e : expired) {
      store.remove(e, now);
      store.log(new RetentionRecord(run, e, now));
      audit.recordFor(ACTOR, auditRecord(e));
    }
    store.finishRun(run, expired.size(), now);
    return new RunResult(Optional.of(run), expired);
  }

  private static AuditRecord auditRecord(Expired e) {
    return new AuditRecord(
        AuditAction.DELETE,
        e.objectType(),
        String.valueOf(e.objectId()),
        e.caseId(),
        "retention period ended: " + e.kind().name(),
        AuditOutcome.SUCCESS);
  }
}
