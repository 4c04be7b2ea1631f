package fi.aso.application.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.throttle.ThrottleKey;
import fi.aso.domain.throttle.ThrottlePolicy;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.OwnTransactions;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counts of failed guesses on a real PostgreSQL, from real threads at once. */
class ThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final ThrottlePolicy FIVE =
      new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(24));
  private static EntityManagerFactory emf;
  private static Throttle throttle;

  @BeforeAll
  static void database() {
    emf = EmbeddedDatabase.entityManagerFactory("throttle");
    throttle = OwnTransactions.throttle(emf);
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void twentyTriesAtOnceLetExactlyTheThresholdThrough() throws Exception {
    ThrottleKey key = key("burst");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Throttle.Attempt>> tries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tries.add(
          pool.submit(
              () -> {
                start.await();
                return throttle.admit(List.of(new Throttle.Rule(key, FIVE)), NOW);
              }));
    }
    start.countDown();
    List<Throttle.Attempt> attempts = new ArrayList<>();
    for (Future<Throttle.Attempt> t : tries) {
      attempts.add(t.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(attempts.stream().filter(Throttle.Attempt::admitted)).hasSize(5);
    assertThat(attempts.stream().filter(a -> !a.locked().isEmpty()))
        .as("the fifth locked it")
        .hasSize(1);
    assertThat(throttle.lockedUntil(key, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
  }

  @Test
  void afterTheThresholdEachFailureLocksForTwiceAsLongUpToTheMaximum() {
    ThrottleKey key = key("growing");
    Instant at = NOW;
    for (int i = 0; i < 4; i++) {
      assertThat(admit(key, at).locked()).isEmpty();
    }
    List<Long> locks = new ArrayList<>();
    for (int lock = 0; lock < 6; lock++) {
      Throttle.Attempt attempt = admit(key, at);
      assertThat(attempt.locked()).containsExactly(key);
      Instant until = throttle.lockedUntil(key, at).orElseThrow();
      locks.add(Duration.between(at, until).toMinutes());
      assertThat(admit(key, until.minusSeconds(1)).admitted()).as("locked till then").isFalse();
      at = until;
    }

    assertThat(locks).containsExactly(1L, 2L, 4L, 8L, 15L, 15L);
  }

  @Test
  void aRefusedTryIsNotCountedAgainstTheOtherKeys() {
    ThrottleKey account = key("account");
    ThrottleKey address = new ThrottleKey(ThrottleKey.Kind.SIGN_IN_ADDRESS, "203.0.113.1");
    for (int i = 0; i < 5; i++) {
      admit(account, NOW);
    }

    Throttle.Attempt refused =
        throttle.admit(
            List.of(new Throttle.Rule(address, FIVE), new Throttle.Rule(account, FIVE)), NOW);

    assertThat(refused.admitted()).isFalse();
    assertThat(refused.refusal().key()).isEqualTo(account);
    assertThat(failures(address)).as("given back").contains(0);
  }

  @Test
  void aRightTryGivesItsCountBackAndLiftsTheLockItMade() {
    ThrottleKey key = key("forgiven");
    for (int i = 0; i < 4; i++) {
      admit(key, NOW);
    }
    Throttle.Attempt fifth = admit(key, NOW);
    assertThat(fifth.locked()).containsExactly(key);

    throttle.forgive(fifth.counted());

    assertThat(throttle.lockedUntil(key, NOW)).isEmpty();
    assertThat(failures(key)).contains(4);
    throttle.clear(key);
    assertThat(failures(key)).isEmpty();
  }

  @Test
  void aKeyQuietForLongerThanThePolicySaysStartsAgain() {
    ThrottleKey key = key("quiet");
    for (int i = 0; i < 4; i++) {
      admit(key, NOW);
    }

    assertThat(admit(key, NOW.plus(FIVE.forgetAfter()).plusSeconds(1)).locked()).isEmpty();
    assertThat(failures(key)).contains(1);
  }

  @Test
  void countsAreDeletedADayAfterTheirLastFailure() {
    ThrottleKey old = key("old");
    admit(old, NOW.minus(Duration.ofDays(3)));
    assertThat(failures(old)).contains(1);

    admit(key("someone else"), NOW);

    assertThat(failures(old)).isEmpty();
  }

  private static Throttle.Attempt admit(ThrottleKey key, Instant at) {
    return throttle.admit(List.of(new Throttle.Rule(key, FIVE)), at);
  }

  private static ThrottleKey key(String name) {
    return new ThrottleKey(ThrottleKey.Kind.SIGN_IN_ACCOUNT, name);
  }

  private static Optional<Integer> failures(ThrottleKey key) {
    return Transactions.inTransaction(
        emf,
        em ->
            em
                .createNativeQuery(
                    "select failures from attempt_counter where kind = ?1 and subject = ?2")
                .setParameter(1, key.kind().name())
                .setParameter(2, key.subject())
                .getResultList()
                .stream()
                .findFirst()
                .map(n -> ((Number) n).intValue()));
  }
}
