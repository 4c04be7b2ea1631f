package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef-test";
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  private TokenService service(String secret, Instant now) {
    TokenService tokens = new TokenService();
    tokens.lifetimeMinutes = 60;
    tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
    tokens.useSecret(secret);
    return tokens;
  }

  @Test
  void anIssuedTokenNamesItsCallerAndRoles() {
    TokenService tokens = service(SECRET, NOW);
    TokenService.IssuedToken token = tokens.issue("chair", Set.of("CHAIR"));

    assertThat(token.expiresInSeconds()).isEqualTo(3600);
    assertThat(tokens.verify(token.value()))
        .hasValueSatisfying(
            caller -> {
              assertThat(caller.name()).isEqualTo("chair");
              assertThat(caller.groups()).containsExactly("CHAIR");
              assertThat(caller.signedInAt()).isNotNull();
            });
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = service(SECRET, NOW).issue("chair", Set.of("CHAIR")).value();

    assertThat(service(SECRET, NOW.plus(Duration.ofMinutes(61))).verify(token)).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherSecretIsRefused() {
    String token =
        service("another-secret-another-secret-another", NOW)
            .issue("admin", Set.of("ADMIN"))
            .value();

    assertThat(service(SECRET, NOW).verify(token)).isEmpty();
  }

  @Test
  void aTokenWhoseRolesWereEditedIsRefused() {
    TokenService tokens = service(SECRET, NOW);
    String[] parts = tokens.issue("partner", Set.of("PARTNER")).value().split("\\.");
    String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
    String forged =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.replace("PARTNER", "ADMIN").getBytes());

    assertThat(tokens.verify(parts[0] + "." + forged + "." + parts[2])).isEmpty();
  }

  @Test
  void anUnsignedTokenIsRefused() {
    String header =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes());
    String body =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"sub\":\"admin\",\"iss\":\"aso-platform\",\"groups\":[\"ADMIN\"],\"exp\":9999999999}"
                    .getBytes());

    assertThat(service(SECRET, NOW).verify(header + "." + body + ".")).isEmpty();
    assertThat(service(SECRET, NOW).verify("not a token")).isEmpty();
  }

  @Test
  void aShortConfiguredSecretStopsTheStart() {
    assertThatThrownBy(() -> service("short", NOW)).isInstanceOf(IllegalStateException.class);
  }
}
