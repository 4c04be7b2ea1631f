package fi.aso.domain.throttle;

import java.time.Instant;

/**
 * The answer to "may this try go ahead?". A try that is let in has already been counted as a
 * failure (so that any number of tries at once can never get more than the threshold past the
 * check); a right guess gives its count back ({@link AttemptCounters#forgive}).
 */
public sealed interface Admission {

  /**
   * Let in and counted; {@code lockedByThis}: this try reached the threshold and locked the key.
   */
  record Admitted(ThrottleKey key, boolean lockedByThis) implements Admission {}

  /** Refused without trying: the key is locked until then. Nothing was counted. */
  record Locked(ThrottleKey key, Instant until) implements Admission {}
}
