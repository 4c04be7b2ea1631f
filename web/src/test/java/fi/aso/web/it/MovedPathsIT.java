package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Everything of the API is under {@code /api/v1}; the token and profile addresses that were not
 * ({@code /api/auth/token}, {@code /api/me}) answer 308 Permanent Redirect to their new address, so
 * that a client that follows redirects sends the same request there again: a POST with its form
 * body gets its token. The old addresses are not in the OpenAPI document on purpose (a client made
 * from it uses the new ones), so these requests go past the contract check's recording client.
 */
@ExtendWith(ArquillianExtension.class)
class MovedPathsIT {

  private static final String FORM =
      "username=chair&password="
          + java.net.URLEncoder.encode(
              DemoAccounts.PASSWORD, java.nio.charset.StandardCharsets.UTF_8);

  @ArquillianResource URL deployed;

  private URI base;
  private final HttpClient staying =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final HttpClient following =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  @BeforeEach
  void base() {
    base = Platform.base(deployed);
  }

  @Test
  void theOldTokenAddressRedirectsPermanentlyAndAPostWithItsBodySurvivesTheRedirect()
      throws Exception {
    HttpResponse<String> moved = staying.send(tokenRequest("api/auth/token"), body());
    assertThat(moved.statusCode()).isEqualTo(308);
    assertThat(URI.create(moved.headers().firstValue("Location").orElseThrow()).getPath())
        .isEqualTo("/api/v1/auth/token");

    HttpResponse<String> followed = following.send(tokenRequest("api/auth/token"), body());
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
    assertThat(followed.uri().getPath()).isEqualTo("/api/v1/auth/token");
    assertThat(World.json(followed.body()).getString("access_token")).isNotBlank();
  }

  @Test
  void theOldProfileAddressRedirectsKeepingItsQueryAndTheTokenStillWorksThere() throws Exception {
    String token = new WebClient(base).token("chair");
    HttpResponse<String> moved = staying.send(profileRequest("api/me?lang=fi", token), body());
    assertThat(moved.statusCode()).isEqualTo(308);
    URI location = URI.create(moved.headers().firstValue("Location").orElseThrow());
    assertThat(location.getPath()).isEqualTo("/api/v1/me");
    assertThat(location.getQuery()).isEqualTo("lang=fi");

    HttpResponse<String> followed = following.send(profileRequest("api/me", token), body());
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(200);
    assertThat(World.json(followed.body()).getString("username")).isEqualTo("chair");
  }

  @Test
  void theNewAddressesAnswerThemselves() throws Exception {
    HttpResponse<String> token = staying.send(tokenRequest("api/v1/auth/token"), body());
    assertThat(token.statusCode()).isEqualTo(200);
    String bearer = World.json(token.body()).getString("access_token");
    assertThat(staying.send(profileRequest("api/v1/me", bearer), body()).statusCode())
        .isEqualTo(200);
  }

  private HttpRequest tokenRequest(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(FORM))
        .build();
  }

  private HttpRequest profileRequest(String path, String token) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
