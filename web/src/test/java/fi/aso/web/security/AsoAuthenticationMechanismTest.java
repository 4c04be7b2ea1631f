package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsoAuthenticationMechanismTest {

  @Test
  void attemptedNamesAreMadeSafeForTheAuditTrail() {
    assertThat(AsoAuthenticationMechanism.safeName("chair")).isEqualTo("chair");
    assertThat(AsoAuthenticationMechanism.safeName("x\r\ny<script>")).isEqualTo("x??y?script?");
    assertThat(AsoAuthenticationMechanism.safeName("a".repeat(300))).hasSize(100);
    assertThat(AsoAuthenticationMechanism.safeName(null)).isEqualTo("unknown");
  }
}
