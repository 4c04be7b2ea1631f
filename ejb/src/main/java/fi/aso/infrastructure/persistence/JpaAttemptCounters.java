package fi.aso.infrastructure.persistence;

import fi.aso.domain.throttle.Admission;
import fi.aso.domain.throttle.AttemptCounters;
import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.domain.throttle.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The counts in table {@code attempt_counter}, changed with single statements: an upsert counts a
 * try only while the row is not locked, and PostgreSQL makes concurrent upserts of one row wait for
 * each other, so twenty tries at once are twenty counts (no read-modify-write in Java, no
 * optimistic lock to lose a count on).
 */
@ApplicationScoped
public class JpaAttemptCounters implements AttemptCounters {

  /** Old rows deleted per admission: a bounded, index-driven piece of housekeeping. */
  private static final int SWEEP = 100;

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  public JpaAttemptCounters() {}

  /** For tests outside the container. */
  public JpaAttemptCounters(EntityManager em) {
    this.em = em;
  }

  @Override
  public Admission admit(ThrottleKey key, ThrottlePolicy policy, Instant now) {
    sweep(now);
    @SuppressWarnings("unchecked")
    List<Object[]> counted =
        em.createNativeQuery(
                "insert into attempt_counter as c (kind, subject, failures, locks, last_failure_at)"
                    + " values (?1, ?2, 1, 0, ?3)"
                    + " on conflict (kind, subject) do update set"
                    // a key quiet for long enough starts again from nothing
                    + " failures = case when c.last_failure_at < ?4 then 1 else c.failures + 1 end,"
                    + " locks = case when c.last_failure_at < ?4 then 0 else c.locks end,"
                    + " last_failure_at = ?3"
                    + " where c.locked_until is null or c.locked_until <= ?3"
                    + " returning c.failures, c.locks")
            .setParameter(1, key.kind().name())
            .setParameter(2, key.subject())
            .setParameter(3, Utc.at(now))
            .setParameter(4, Utc.at(now.minus(policy.forgetAfter())))
            .getResultList();
    if (counted.isEmpty()) {
      // locked: the upsert changed nothing; say until when (at least a second from now, in case
      // the lock ran out between the two statements)
      Instant until = lockedUntil(key, now).orElse(now);
      return new Admission.Locked(key, until.isAfter(now) ? until : now.plusSeconds(1));
    }
    int failures = ((Number) counted.get(0)[0]).intValue();
    int locks = ((Number) counted.get(0)[1]).intValue();
    if (failures < policy.threshold()) {
      return new Admission.Admitted(key, false);
    }
    // the row is ours until this transaction ends (the upsert locked it): no one counts between
    em.createNativeQuery(
            "update attempt_counter set locks = locks + 1, locked_until = ?3"
                + " where kind = ?1 and subject = ?2")
        .setParameter(1, key.kind().name())
        .setParameter(2, key.subject())
        .setParameter(3, Utc.at(now.plus(policy.lockAfter(locks))))
        .executeUpdate();
    return new Admission.Admitted(key, true);
  }

  @Override
  public void forgive(Admission.Admitted admitted) {
    int lockedByThis = admitted.lockedByThis() ? 1 : 0;
    em.createNativeQuery(
            "update attempt_counter set failures = greatest(failures - 1, 0),"
                + " locks = greatest(locks - ?3, 0),"
                + " locked_until = case when ?3 = 1 then null else locked_until end"
                + " where kind = ?1 and subject = ?2")
        .setParameter(1, admitted.key().kind().name())
        .setParameter(2, admitted.key().subject())
        .setParameter(3, lockedByThis)
        .executeUpdate();
  }

  @Override
  public void clear(ThrottleKey key) {
    em.createNativeQuery("delete from attempt_counter where kind = ?1 and subject = ?2")
        .setParameter(1, key.kind().name())
        .setParameter(2, key.subject())
        .executeUpdate();
  }

  @Override
  public Optional<Instant> lockedUntil(ThrottleKey key, Instant now) {
    List<?> until =
        em.createNativeQuery(
                "select locked_until from attempt_counter"
                    + " where kind = ?1 and subject = ?2 and locked_until > ?3")
            .setParameter(1, key.kind().name())
            .setParameter(2, key.subject())
            .setParameter(3, Utc.at(now))
            .getResultList();
    return until.stream().findFirst().map(JpaAttemptCounters::instant);
  }

  /**
   * Forgets counts a day after their last failure (never a running lock). SKIP LOCKED: a row
   * another try is counting right now is left for the next sweep rather than waited for.
   */
  private void sweep(Instant now) {
    em.createNativeQuery(
            "delete from attempt_counter where (kind, subject) in ("
                + " select kind, subject from attempt_counter where last_failure_at < ?1"
                + " and (locked_until is null or locked_until < ?2)"
                + " limit ?3 for update skip locked)")
        .setParameter(1, Utc.at(now.minus(ThrottlePolicy.KEPT_AT_MOST)))
        .setParameter(2, Utc.at(now))
        .setParameter(3, SWEEP)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case Timestamp t -> t.toInstant();
      case OffsetDateTime t -> t.toInstant();
      default -> throw new IllegalStateException("a time, not " + value.getClass());
    };
  }
}
