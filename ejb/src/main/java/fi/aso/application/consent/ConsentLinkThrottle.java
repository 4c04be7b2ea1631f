package fi.aso.application.consent;

import fi.aso.application.throttle.Throttle;
import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.domain.throttle.ThrottlePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows down guessing of consent links and codes from one client address: after {@link
 * #PER_ADDRESS}'s ten failed tries (remembered until the address has been quiet for an hour), that
 * address gets no answer for 15 minutes, then 30, then 60. One link already locks after five wrong
 * codes; this stops someone from trying a few codes on many links. Counted in PostgreSQL ({@link
 * Throttle}), so every node sees the same count; the address is the client's as {@code
 * ClientAddresses} finds it behind a trusted proxy.
 */
@ApplicationScoped
public class ConsentLinkThrottle {

  public static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofHours(1));

  @Inject Throttle throttle;

  public ConsentLinkThrottle() {}

  /** For tests outside the container. */
  public ConsentLinkThrottle(Throttle throttle) {
    this.throttle = throttle;
  }

  /** Counts a try from this address, or refuses it while the address is locked. */
  public Throttle.Attempt admit(String address, Instant now) {
    return throttle.admit(List.of(new Throttle.Rule(key(address), PER_ADDRESS)), now);
  }

  /** The try was right: the address gets its count back. */
  public void forgive(Throttle.Attempt attempt) {
    throttle.forgive(attempt.counted());
  }

  /** Whether this address may try a link or code now. */
  public boolean allows(String address, Instant now) {
    return lockedUntil(address, now).isEmpty();
  }

  public Optional<Instant> lockedUntil(String address, Instant now) {
    return throttle.lockedUntil(key(address), now);
  }

  private static ThrottleKey key(String address) {
    return new ThrottleKey(ThrottleKey.Kind.CONSENT_ADDRESS, address);
  }
}
