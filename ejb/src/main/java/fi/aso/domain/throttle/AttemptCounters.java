package fi.aso.domain.throttle;

import java.time.Instant;
import java.util.Optional;

/**
 * Port for the counts of failed guesses, kept where every platform node sees them (PostgreSQL).
 * Each method is atomic on its own: concurrent tries on one key are counted one by one.
 */
public interface AttemptCounters {

  /**
   * Counts a try against the key unless it is locked now: see {@link Admission}. Reaching the
   * policy's threshold locks the key ({@link ThrottlePolicy#lockAfter}).
   */
  Admission admit(ThrottleKey key, ThrottlePolicy policy, Instant now);

  /**
   * Gives back the count of an admitted try that turned out right (and its lock, if it made one).
   */
  void forgive(Admission.Admitted admitted);

  /** Forgets the key altogether (an account after a successful sign-in). */
  void clear(ThrottleKey key);

  /** Until when the key is locked, if it is locked now. */
  Optional<Instant> lockedUntil(ThrottleKey key, Instant now);
}
