package fi.aso.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of consent links and codes from one client address: after {@link
 * #MAX_FAILURES} failed tries within {@link #WINDOW}, that address gets no answer until the oldest
 * failure ages out. One link already locks after five wrong codes; this stops someone from trying a
 * few codes on many links. Kept in memory per platform node (a restart forgets it, and with several
 * nodes each counts its own), which is enough to make guessing a six-digit code hopeless; addresses
 * are not stored anywhere else.
 */
@ApplicationScoped
public class ConsentLinkThrottle {

  public static final int MAX_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int SWEEP_ABOVE = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  /** Whether this address may try a link or code now. */
  public boolean allows(String address, Instant now) {
    Deque<Instant> recent = failures.get(key(address));
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      forgetOld(recent, now);
      return recent.size() < MAX_FAILURES;
    }
  }

  /** Counts a wrong code or an unusable link from this address. */
  public void failed(String address, Instant now) {
    if (failures.size() > SWEEP_ABOVE) {
      failures
          .entrySet()
          .removeIf(
              e -> {
                synchronized (e.getValue()) {
                  forgetOld(e.getValue(), now);
                  return e.getValue().isEmpty();
                }
              });
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
    synchronized (recent) {
      forgetOld(recent, now);
      recent.addLast(now);
    }
  }

  private static void forgetOld(Deque<Instant> recent, Instant now) {
    Instant horizon = now.minus(WINDOW);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
      recent.removeFirst();
    }
  }

  private static String key(String address) {
    return address == null ? "unknown" : address;
  }
}
