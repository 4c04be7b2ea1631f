package fi.aso.application.throttle;

import fi.aso.domain.throttle.Admission;
import fi.aso.domain.throttle.AttemptCounters;
import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.domain.throttle.ThrottlePolicy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes guessing cost: a try (a password, a consent code) is counted against its keys, say the
 * account and the client address, before it is checked, and refused at once while any of them is
 * locked. The counts are in PostgreSQL, so every node sees the same ones.
 *
 * <p>Each change runs in a transaction of its own ({@code REQUIRES_NEW}, hence a bean of its own):
 * the count is committed before the slow check starts, stays counted whatever happens to the
 * request afterwards, and no row lock is held while a password is hashed.
 */
@Stateless
public class Throttle {

  @Inject AttemptCounters counters;

  public Throttle() {}

  /** For tests outside the container. */
  public Throttle(AttemptCounters counters) {
    this.counters = counters;
  }

  /** A key and the policy it is counted under. */
  public record Rule(ThrottleKey key, ThrottlePolicy policy) {}

  /**
   * One try: counted against every key ({@code counted}), or refused without counting ({@code
   * refusal}: the first locked key).
   */
  public record Attempt(List<Admission.Admitted> counted, Admission.Locked refusal) {

    public boolean admitted() {
      return refusal == null;
    }

    /** The keys this try locked by reaching their threshold. */
    public List<ThrottleKey> locked() {
      return counted.stream()
          .filter(Admission.Admitted::lockedByThis)
          .map(Admission.Admitted::key)
          .toList();
    }
  }

  /**
   * Counts a try against the keys in the given order, or against none of them if one is locked.
   * Callers name keys in the same order (account before address), so two tries never wait for each
   * other's rows the other way round.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Attempt admit(List<Rule> rules, Instant now) {
    List<Admission.Admitted> counted = new ArrayList<>();
    for (Rule rule : rules) {
      switch (counters.admit(rule.key(), rule.policy(), now)) {
        case Admission.Admitted admitted -> counted.add(admitted);
        case Admission.Locked locked -> {
          // refused: the keys already counted give their count back
          counted.forEach(counters::forgive);
          return new Attempt(List.of(), locked);
        }
      }
    }
    return new Attempt(List.copyOf(counted), null);
  }

  /** The try was right: its counts are given back (and any lock it made is lifted). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void forgive(List<Admission.Admitted> counted) {
    counted.forEach(counters::forgive);
  }

  /** Forgets the key's failures altogether. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void clear(ThrottleKey key) {
    counters.clear(key);
  }

  /** Until when the key is locked, if it is now. */
  public Optional<Instant> lockedUntil(ThrottleKey key, Instant now) {
    return counters.lockedUntil(key, now);
  }
}
