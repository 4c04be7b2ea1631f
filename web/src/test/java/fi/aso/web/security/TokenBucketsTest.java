package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void aMinutesWorthAtOnceThenOneEveryShare() {
    TokenBuckets buckets = new TokenBuckets(300);
    for (int i = 0; i < 300; i++) {
      assertThat(buckets.take("caller:chair", NOW)).as("request %d", i + 1).isEmpty();
    }

    assertThat(buckets.take("caller:chair", NOW)).contains(Duration.ofMillis(200));
    assertThat(buckets.take("caller:chair", NOW.plusMillis(199))).isPresent();
    assertThat(buckets.take("caller:chair", NOW.plusMillis(200))).isEmpty();
    assertThat(buckets.take("caller:chair", NOW.plusMillis(200))).isPresent();
    assertThat(buckets.take("caller:admin", NOW)).as("each caller has their own").isEmpty();
  }

  @Test
  void aBucketNeverHoldsMoreThanAMinutesWorth() {
    TokenBuckets buckets = new TokenBuckets(2);
    buckets.take("address:203.0.113.1", NOW);

    Instant later = NOW.plus(Duration.ofHours(1));
    assertThat(buckets.take("address:203.0.113.1", later)).isEmpty();
    assertThat(buckets.take("address:203.0.113.1", later)).isEmpty();
    assertThat(buckets.take("address:203.0.113.1", later)).isPresent();
  }

  @Test
  void fullBucketsAreForgottenWhenThereAreMany() {
    TokenBuckets buckets = new TokenBuckets(60);
    for (int i = 0; i < 10_001; i++) {
      buckets.take("address:" + i, NOW);
    }
    assertThat(buckets.size()).isEqualTo(10_001);

    buckets.take("address:new", NOW.plus(Duration.ofMinutes(1)));

    assertThat(buckets.size()).isEqualTo(1);
  }
}
