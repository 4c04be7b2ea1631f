package fi.aso.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The single sign-on flow against a stand-in provider that signs real tokens. */
class OidcClientTest {

  private FakeOidcProvider provider;
  private OidcClient client;
  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void provider() throws Exception {
    provider = new FakeOidcProvider();
    OidcSettings settings = new OidcSettings();
    settings.providerUri = Optional.of(provider.issuer());
    settings.clientId = Optional.of(FakeOidcProvider.CLIENT_ID);
    settings.clientSecret = Optional.of(FakeOidcProvider.CLIENT_SECRET);
    settings.usernameClaim = "preferred_username";
    settings.publicBaseUrl = "http://127.0.0.1:8080";
    client = new OidcClient();
    client.settings = settings;
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void theNameTheProviderVouchesForComesBackAfterTheCodeExchange() throws Exception {
    provider.nextUser("chair");
    OidcClient.Start start = client.start();

    Map<String, String> callback = signInAtProvider(start.redirect());

    assertThat(start.redirect().toString())
        .contains("code_challenge_method=S256", "nonce=", "state=");
    assertThat(client.finish(start.attempt(), callback.get("state"), callback.get("code")))
        .contains("chair");
  }

  @Test
  void aCallbackWithAnotherStateIsRefused() throws Exception {
    OidcClient.Start start = client.start();
    Map<String, String> callback = signInAtProvider(start.redirect());

    assertThat(client.finish(start.attempt(), "forged-state", callback.get("code"))).isEmpty();
    assertThat(client.finish(null, callback.get("state"), callback.get("code"))).isEmpty();
  }

  @Test
  void aTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused() throws Exception {
    provider.signWithForeignKey(true);
    OidcClient.Start start = client.start();
    Map<String, String> callback = signInAtProvider(start.redirect());

    assertThat(client.finish(start.attempt(), callback.get("state"), callback.get("code")))
        .isEmpty();
  }

  @Test
  void aCodeCannotBeUsedTwice() throws Exception {
    OidcClient.Start start = client.start();
    Map<String, String> callback = signInAtProvider(start.redirect());

    assertThat(client.finish(start.attempt(), callback.get("state"), callback.get("code")))
        .isPresent();
    assertThat(client.finish(start.attempt(), callback.get("state"), callback.get("code")))
        .isEmpty();
  }

  private Map<String, String> signInAtProvider(URI authorize) throws Exception {
    HttpResponse<Void> response =
        browser.send(
            HttpRequest.newBuilder(authorize).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(302);
    URI back = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertThat(back.getPath()).isEqualTo(OidcPaths.CALLBACK);
    return FakeOidcProvider.query(back);
  }
}
