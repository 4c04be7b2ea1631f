package fi.aso.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fi.aso.application.keys.PlatformSecrets;
import fi.aso.application.keys.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks the REST API's bearer tokens: short-lived JWTs signed with HMAC-SHA256
 * (nimbus-jose-jwt). Every node of a cluster must share {@code aso.security.token-secret}; the
 * platform does not start without it (outside a demo, see {@link Secrets}). Changing it ends every
 * token issued before, which lives at most {@code aso.security.token-lifetime-minutes} anyway.
 */
@ApplicationScoped
public class TokenService {

  static final String ISSUER = "aso-platform";

  @Inject PlatformSecrets secrets;

  @Inject
  @ConfigProperty(name = "aso.security.token-lifetime-minutes")
  long lifetimeMinutes;

  Clock clock = Clock.systemUTC();
  private byte[] secret;

  @PostConstruct
  void initialise() {
    secret = secrets.get().tokenSecret();
  }

  /** For tests: the secret as the setting would give it. */
  void useSecret(String configured) {
    secret = Secrets.tokenSecret(configured);
  }

  public IssuedToken issue(String caller, Set<String> groups) {
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofMinutes(lifetimeMinutes));
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(caller)
            .claim("groups", List.copyOf(groups))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(secret));
      return new IssuedToken(jwt.serialize(), Duration.between(now, expires).toSeconds());
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }

  /** The caller a token names, if its signature, issuer and expiry hold. */
  Optional<SignedInCaller> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new MACVerifier(secret))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expiry = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expiry == null
          || !expiry.toInstant().isAfter(clock.instant())
          || claims.getSubject() == null) {
        return Optional.empty();
      }
      List<String> groups = claims.getStringListClaim("groups");
      return Optional.of(
          new SignedInCaller(
              claims.getSubject(),
              groups == null ? Set.of() : new HashSet<>(groups),
              claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant()));
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }

  /** A signed token and its lifetime in seconds. */
  public record IssuedToken(String value, long expiresInSeconds) {}
}
