package fi.aso.web.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on through an organisation's OpenID Connect provider, when one is configured. Without
 * {@code aso.oidc.provider-uri} the platform offers the login form only.
 */
@ApplicationScoped
public class OidcSettings {

  @Inject
  @ConfigProperty(name = "aso.oidc.provider-uri")
  Optional<String> providerUri;

  @Inject
  @ConfigProperty(name = "aso.oidc.client-id")
  Optional<String> clientId;

  @Inject
  @ConfigProperty(name = "aso.oidc.client-secret")
  Optional<String> clientSecret;

  /** The ID-token claim that holds the platform user name. */
  @Inject
  @ConfigProperty(name = "aso.oidc.username-claim")
  String usernameClaim;

  @Inject
  @ConfigProperty(name = "aso.public-base-url")
  String publicBaseUrl;

  public boolean enabled() {
    return providerUri.filter(u -> !u.isBlank()).isPresent();
  }

  URI issuer() {
    return URI.create(providerUri.orElseThrow());
  }

  String clientId() {
    return clientId.orElseThrow(() -> new IllegalStateException("aso.oidc.client-id is not set"));
  }

  String clientSecret() {
    return clientSecret.orElseThrow(
        () -> new IllegalStateException("aso.oidc.client-secret is not set"));
  }

  String usernameClaim() {
    return usernameClaim;
  }

  /** Where the provider sends the browser back; must be registered with the provider. */
  URI redirectUri() {
    return URI.create(publicBaseUrl.replaceAll("/+$", "") + OidcPaths.CALLBACK);
  }
}
