package fi.aso.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code perMinute} requests at once, refilled at {@code perMinute} a
 * minute. In this node's memory (see {@link ApiRateLimitFilter} for why); buckets that have filled
 * up again are forgotten when there are many, so the map stays small.
 */
final class TokenBuckets {

  private static final int SWEEP_ABOVE = 10_000;

  private final int perMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  TokenBuckets(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("at least one request a minute");
    }
    this.perMinute = perMinute;
  }

  /** Takes a token for the key: empty if there was one, else how long until there is. */
  Optional<Duration> take(String key, Instant now) {
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.entrySet().removeIf(e -> e.getValue().fullAt(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
  }

  int size() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens = perMinute;
    private Instant filledAt;

    Bucket(Instant now) {
      filledAt = now;
    }

    synchronized Optional<Duration> take(Instant now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      double missing = 1 - tokens;
      return Optional.of(Duration.ofNanos((long) Math.ceil(missing * nanosPerToken())));
    }

    synchronized boolean fullAt(Instant now) {
      refill(now);
      return tokens >= perMinute;
    }

    private void refill(Instant now) {
      if (now.isAfter(filledAt)) {
        long nanos = Duration.between(filledAt, now).toNanos();
        tokens = Math.min(perMinute, tokens + nanos / nanosPerToken());
        filledAt = now;
      }
    }

    private double nanosPerToken() {
      return 60e9 / perMinute;
    }
  }
}
