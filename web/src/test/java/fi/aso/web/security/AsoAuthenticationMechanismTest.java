package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AsoAuthenticationMechanismTest {

  @Test
  void aPageSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
    AsoAuthenticationMechanism mechanism = new AsoAuthenticationMechanism();
    mechanism.sessionMaxHours = 10;
    Instant signedIn = Instant.parse("2026-12-07T07:00:00Z");
    SignedInCaller caller = new SignedInCaller("chair", Set.of("CHAIR"), signedIn);

    mechanism.clock =
        Clock.fixed(signedIn.plus(Duration.ofHours(9).plusMinutes(59)), ZoneOffset.UTC);
    assertThat(mechanism.withinLifetime(caller)).isTrue();
    mechanism.clock = Clock.fixed(signedIn.plus(Duration.ofHours(10)), ZoneOffset.UTC);
    assertThat(mechanism.withinLifetime(caller)).isFalse();
    assertThat(mechanism.withinLifetime(new SignedInCaller("chair", Set.of("CHAIR"), null)))
        .as("a session from before sign-in times were kept")
        .isFalse();
  }
}
