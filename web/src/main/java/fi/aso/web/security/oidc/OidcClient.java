package fi.aso.web.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Optional;

/**
 * The OpenID Connect authorisation-code flow with PKCE (Nimbus OAuth 2.0 SDK): builds the redirect
 * to the provider and turns the code it sends back into a verified identity. The ID token's
 * signature (the provider's published keys), issuer, audience, expiry and nonce are all checked
 * before a name is believed.
 */
@ApplicationScoped
public class OidcClient {

  private static final int TIMEOUT_MILLIS = 5000;

  @Inject OidcSettings settings;

  private volatile OIDCProviderMetadata metadata;
  private volatile IDTokenValidator validator;

  /** What the browser's session must remember between the redirect and the callback. */
  public record Attempt(String state, String nonce, String codeVerifier) implements Serializable {}

  /** A new sign-in attempt and the provider address to send the browser to. */
  public Start start() {
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI redirect =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "profile", "email"),
                new ClientID(settings.clientId()),
                settings.redirectUri())
            .endpointURI(metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new Start(
        redirect, new Attempt(state.getValue(), nonce.getValue(), verifier.getValue()));
  }

  /** The browser's way to the provider, and what to remember for the callback. */
  public record Start(URI redirect, Attempt attempt) {}

  /**
   * The platform user name the provider vouches for, or empty when anything does not check out: a
   * wrong state, a refused code, an invalid token or a missing claim.
   */
  public Optional<String> finish(Attempt attempt, String state, String code) {
    if (attempt == null || state == null || code == null || !attempt.state().equals(state)) {
      return Optional.empty();
    }
    try {
      TokenRequest request =
          new TokenRequest(
              metadata().getTokenEndpointURI(),
              new ClientSecretBasic(
                  new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
              new AuthorizationCodeGrant(
                  new AuthorizationCode(code),
                  settings.redirectUri(),
                  new CodeVerifier(attempt.codeVerifier())));
      var http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      var response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        return Optional.empty();
      }
      var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
      JWTClaimsSet claims =
          validator().validate(idToken, new Nonce(attempt.nonce())).toJWTClaimsSet();
      return Optional.ofNullable(claims.getStringClaim(settings.usernameClaim()))
          .filter(s -> !s.isBlank());
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  private OIDCProviderMetadata metadata() {
    OIDCProviderMetadata known = metadata;
    if (known == null) {
      try {
        known =
            OIDCProviderMetadata.resolve(
                new Issuer(settings.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      } catch (Exception e) {
        throw new IllegalStateException("OpenID Connect provider metadata could not be read", e);
      }
      metadata = known;
    }
    return known;
  }

  private IDTokenValidator validator() throws MalformedURLException {
    IDTokenValidator known = validator;
    if (known == null) {
      OIDCProviderMetadata provider = metadata();
      known =
          new IDTokenValidator(
              provider.getIssuer(),
              new ClientID(settings.clientId()),
              JWSAlgorithm.RS256,
              provider.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
      validator = known;
    }
    return known;
  }
}
