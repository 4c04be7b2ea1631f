package fi.aso.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private final ThrottlePolicy policy =
      new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(1));

  @Test
  void eachLockIsTwiceAsLongAsTheOneBeforeUpToTheMaximum() {
    assertThat(
            java.util.stream.IntStream.range(0, 8)
                .mapToObj(policy::lockAfter)
                .map(Duration::toMinutes)
                .toList())
        .containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L, 15L);
    assertThat(policy.lockAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void failuresAreNotKeptLongerThanADay() {
    assertThatThrownBy(
            () ->
                new ThrottlePolicy(
                    5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLongSubjectIsCutAndAMissingOneIsUnknown() {
    assertThat(new ThrottleKey(ThrottleKey.Kind.SIGN_IN_ACCOUNT, "x".repeat(500)).subject())
        .hasSize(ThrottleKey.MAX_SUBJECT);
    assertThat(new ThrottleKey(ThrottleKey.Kind.SIGN_IN_ADDRESS, null).subject())
        .isEqualTo("unknown");
  }
}
