package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST endpoint the platform publishes (read from its own OpenAPI document, so a new one is
 * covered without editing this test) and every page is tried by someone who may not see a client:
 * anonymous callers and a partner whose organisation has no consent for that client. None of them
 * may ever receive the client's name.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureGuardIT {

  /** Endpoints anyone may call, on purpose. */
  private static final Set<String> PUBLIC = Set.of("POST /api/v1/auth/token");

  @ArquillianResource URL deployed;

  private WebClient web;
  private URI base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** This test's client, whose consent names another organisation than the partner's. */
  private World.Client secret;

  private World world;

  @BeforeEach
  void client() throws Exception {
    base = Platform.base(deployed);
    world = new World(base);
    web = world.web();
    secret = world.referClient("Salla", "Salainen");
    world.consent(secret, World.grant(World.SOTE, World.IDENTITY, World.HOUSING));
  }

  @Test
  void noRestEndpointGivesAClientsDataToAnonymousCallersOrToAnUnconsentedPartner()
      throws Exception {
    List<String[]> endpoints = Endpoints.of(web.get("openapi").body());
    assertThat(endpoints)
        .extracting(e -> e[0] + " " + e[1])
        .contains(
            "GET /api/v1/cases", "GET /api/v1/cases/{id}", "POST /api/v1/cases/{caseId}/consents");
    String partner = web.token("partner");
    String caseId = String.valueOf(secret.id());
    String copyId = String.valueOf(secretsCopy());

    for (String[] endpoint : endpoints) {
      String method = endpoint[0];
      String path =
          endpoint[1]
              .replace("{id}", caseId)
              .replace("{caseId}", caseId)
              .replace("{copyId}", copyId)
              .replaceAll("\\{[^}]+}", "1");
      String name = method + " " + endpoint[1];

      HttpResponse<String> anonymous = call(method, path, null);
      if (!PUBLIC.contains(name)) {
        // 415: JAX-RS refuses a body of the wrong type before it looks at the caller
        assertThat(anonymous.statusCode()).as(name + " without a token").isIn(401, 415);
      }
      assertThat(anonymous.body()).as(name + " without a token").doesNotContain(secret.name());

      HttpResponse<String> unconsented = call(method, path, partner);
      assertThat(unconsented.body())
          .as(name + " by an unconsented partner")
          .doesNotContain(secret.name());
      if (!method.equals("GET") || (endpoint[1].contains("{") && !NO_CLIENT_DATA.contains(name))) {
        assertThat(unconsented.statusCode())
            .as(name + " by an unconsented partner")
            // 428: a versioned write that names no version is refused before the object is
            // looked up, the same for every id, so it shows nothing; that such a write with a
            // version reaches only the caller's own objects is AuthorisationMatrixIT's (stale
            // versions per caller) and RegionBoundaryIT's to prove
            .isIn(400, 403, 404, 405, 415, 428);
      }
    }
  }

  /**
   * The secret client's minutes, approved and sent: the copy goes to Siun sote, which the consent
   * names, and so is the client's data that Kalle of Joensuun Kodit may not have. (A copy "1" may
   * be Kodit's own copy from another test on this deployment, which Kalle may rightly read.)
   */
  private long secretsCopy() throws Exception {
    OffsetDateTime start = World.at(43, 9);
    long meeting = world.meeting(start, Duration.ofHours(2), "Salainen sali");
    long slot = world.slot(meeting, secret, start);
    world.invite(meeting, slot, World.SARI);
    long approved = world.approveMinutes(meeting);
    HttpResponse<String> sent =
        web.postJsonWithToken(
            "api/v1/meetings/" + meeting + "/minutes/" + approved + "/distribution",
            world.token("chair"),
            "");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    jakarta.json.JsonArray copies = World.json(sent.body()).getJsonArray("copies");
    assertThat(copies).as("the copy to Siun sote").hasSize(1);
    return copies.getJsonObject(0).getJsonNumber("id").longValue();
  }

  /**
   * Reads of things that are no client's, which every partner of the region may have whatever id is
   * asked (the catalogue's services): only the body check above applies to them. A client's id can
   * also be a service's, so their answer may be 200.
   */
  private static final java.util.Set<String> NO_CLIENT_DATA =
      java.util.Set.of("GET /api/v1/services/{id}");

  private static final java.util.Set<String> PUBLIC_PAGES =
      java.util.Set.of(
          "login.xhtml",
          "accessibility.xhtml",
          "answer.xhtml",
          "join.xhtml",
          "referral-answer.xhtml");

  @Test
  void noPageShowsAClientToAnonymousVisitorsOrAnUnconsentedPartner() throws Exception {
    String caseId = String.valueOf(secret.id());
    List<String> pages = Endpoints.pages();
    assertThat(pages)
        .contains("cases/index.xhtml", "cases/case.xhtml", "cases/report.xhtml", "index.xhtml");

    WebClient partner = new WebClient(base);
    assertThat(partner.signIn("partner", fi.aso.config.DemoAccounts.PASSWORD).statusCode())
        .isEqualTo(302);
    for (String page : pages) {
      String url = page + "?id=" + caseId;
      HttpResponse<String> anonymous = web.get(url);
      assertThat(anonymous.body()).as(page + " anonymous").doesNotContain(secret.name());
      // public on purpose (web.xml): the client's consent pages, the set-password page, sign-in,
      // the accessibility statement, and the pages behind a mailed answer, join or referral-answer
      // link (without
      // their token they say the link is not valid)
      if (!page.startsWith("consent/")
          && !page.startsWith("account/")
          && !PUBLIC_PAGES.contains(page)) {
        assertThat(anonymous.statusCode()).as(page + " anonymous").isEqualTo(302);
      }
      HttpResponse<String> seen = partner.get(url);
      assertThat(seen.body()).as(page + " by an unconsented partner").doesNotContain(secret.name());
    }
  }

  private HttpResponse<String> call(String method, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .header("Content-Type", "application/json")
            .method(
                method,
                method.equals("GET") || method.equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return ApiExchanges.recorded(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }
}
