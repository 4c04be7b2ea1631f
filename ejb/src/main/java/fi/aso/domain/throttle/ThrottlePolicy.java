package fi.aso.domain.throttle;

import java.time.Duration;

/**
 * How many failures lock a key, and for how long. The {@code threshold}-th failure locks the key
 * for {@code firstLock}; while the failures are remembered every further failure (there is one try
 * after each lock) locks it again for twice as long as the lock before, up to {@code maxLock}. A
 * key with no failure for {@code forgetAfter} starts again from nothing.
 *
 * <p>The growing lock is the "growing delay": the platform never sleeps on a request (a sleeping
 * request holds a server thread, and an attacker can open many), it refuses at once and says when
 * to try again.
 */
public record ThrottlePolicy(
    int threshold, Duration firstLock, Duration maxLock, Duration forgetAfter) {

  /** No count is kept longer than this after its last failure (the addresses in it included). */
  public static final Duration KEPT_AT_MOST = Duration.ofDays(1);

  public ThrottlePolicy {
    if (threshold < 1) {
      throw new IllegalArgumentException("a threshold of at least one failure");
    }
    if (firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
      throw new IllegalArgumentException("locks grow from a positive first lock to the maximum");
    }
    if (forgetAfter.compareTo(KEPT_AT_MOST) > 0) {
      throw new IllegalArgumentException("failures are forgotten within " + KEPT_AT_MOST);
    }
  }

  /** The length of the next lock when the key has been locked {@code locksSoFar} times. */
  public Duration lockAfter(int locksSoFar) {
    Duration lock = firstLock;
    for (int i = 0; i < locksSoFar && lock.compareTo(maxLock) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(maxLock) > 0 ? maxLock : lock;
  }
}
