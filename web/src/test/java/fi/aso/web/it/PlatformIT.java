package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.aso.config.DemoAccounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on a real Payara Micro, with a real PostgreSQL and mail server (EmbeddedServices):
 * operations endpoints, the REST API with bearer tokens, deny-by-default pages, the audit trail,
 * CSRF protection and mail through the Camel route.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @ArquillianResource URL deployed;

  private URI base;
  private WebClient web;

  @BeforeEach
  void client() {
    base = Platform.base(deployed);
    web = new WebClient(base);
  }

  @Test
  void readinessReportsTheDatabaseTheMailServerAndCamelUp() throws Exception {
    HttpResponse<String> ready = web.get("health/ready");

    assertThat(ready.statusCode()).isEqualTo(200);
    JsonObject health = json(ready.body());
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("name") + "=" + c.getString("status"))
        .contains("database=UP", "mail-server=UP", "camel=UP");
    assertThat(web.get("health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void openApiDescribesTheApiAndItsBearerTokens() throws Exception {
    HttpResponse<String> openapi = web.get("openapi");

    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("ASO platform API", "/api/v1/auth/token", "/api/v1/me", "bearer");
  }

  @Test
  void aScriptGetsATokenInOneCallWithTheDemoCredentialsAndUsesIt() throws Exception {
    HttpResponse<String> issued =
        web.post(
            "api/v1/auth/token", Map.of("username", "chair", "password", DemoAccounts.PASSWORD));
    assertThat(issued.statusCode()).isEqualTo(200);
    JsonObject token = json(issued.body());
    assertThat(token.getString("token_type")).isEqualTo("Bearer");

    HttpResponse<String> me = web.getWithToken("api/v1/me", token.getString("access_token"));

    assertThat(me.statusCode()).isEqualTo(200);
    JsonObject profile = json(me.body());
    assertThat(profile.getString("username")).isEqualTo("chair");
    assertThat(profile.getJsonArray("roles").getValuesAs(JsonString.class))
        .extracting(JsonString::getString)
        .containsExactly("CHAIR");
    assertThat(profile.getString("regionCode")).isEqualTo("joensuu");
    assertThat(profile).doesNotContainKey("passwordHash");
  }

  @Test
  void theApiRefusesMissingForgedAndWrongCredentials() throws Exception {
    HttpResponse<String> anonymous = web.get("api/v1/me");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

    assertThat(
            web.getWithToken("api/v1/me", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.AAAA")
                .statusCode())
        .isEqualTo(401);

    HttpResponse<String> wrong =
        web.post("api/v1/auth/token", Map.of("username", "chair", "password", "guess"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong.body()).getString("error")).isEqualTo("invalid_grant");

    assertThat(web.post("api/v1/auth/token", Map.of()).statusCode()).isEqualTo(400);
  }

  @Test
  void everyPageNeedsASignedInUserAndTheLoginPageIsFinnishFirst() throws Exception {
    for (String page :
        new String[] {"", "index.xhtml", "admin/system.xhtml", "no/such/page.xhtml"}) {
      HttpResponse<String> response = web.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(page)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    HttpResponse<String> login = web.get("login.xhtml");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("lang=\"fi\"", "Kirjaudu sisään", "<label");
    assertThat(login.headers().allValues("Content-Security-Policy"))
        .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(
            web.getBehindHttpsProxy("login.xhtml")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("max-age="));
  }

  @Test
  void signingInStartsAFreshHttpOnlySessionAndRoleRulesHold() throws Exception {
    HttpResponse<String> signedIn = web.signIn("partner", DemoAccounts.PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .contains("JSESSIONID")
                    .contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));

    HttpResponse<String> dashboard = web.get("index.xhtml");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body())
        .contains("Kalle Kumppani", "id=\"partnerPanel\"")
        .doesNotContain("id=\"navSystem\"");

    assertThat(web.get("admin/system.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void aDeactivatedUserIsRefusedAtTheNextRequestAndARoleChangeCountsAtOnce() throws Exception {
    // the administrator makes a chair's account; its password is set in the register directly
    // (the demo password's hash) until the one-time set-password link exists
    String admin = web.token("admin");
    String name = "vaihtuva-" + System.nanoTime();
    HttpResponse<String> created =
        web.postJsonWithToken(
            "api/v1/staff",
            admin,
            "{\"username\":\""
                + name
                + "\",\"displayName\":\"Veli Vaihtuva\",\"roles\":[\"CHAIR\"],"
                + "\"organisationId\":"
                + World.organisation("Joensuun yhdyskuntaseuraamustoimisto")
                + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = World.json(created.body()).getJsonNumber("id").longValue();
    updateStaff(
        "update staff_user set password_hash = (select password_hash from staff_user"
            + " where username = 'chair') where username = '"
            + name
            + "'");
    String token = web.token(name);
    WebClient page = new WebClient(Platform.base(deployed));
    assertThat(page.signIn(name, DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
    String meetings = "api/v1/meetings?from=2027-01-01&to=2027-01-31";
    assertThat(web.getWithToken(meetings, token).statusCode()).isEqualTo(200);
    assertThat(page.get("meetings/index.xhtml").statusCode()).isEqualTo(200);

    // made an administrator only: the same token and session are no longer a chair's
    HttpResponse<String> roles =
        web.putJsonWithToken(
            "api/v1/staff/" + id + "/roles",
            admin,
            "{\"version\":" + version(admin, name) + ",\"roles\":[\"ADMIN\"]}");
    assertThat(roles.statusCode()).as(roles.body()).isEqualTo(200);
    assertThat(web.getWithToken(meetings, token).statusCode()).isEqualTo(403);
    assertThat(page.get("meetings/index.xhtml").statusCode()).isEqualTo(403);

    // deactivated: the token is refused and the page session is over
    HttpResponse<String> deactivated =
        web.postJsonWithToken(
            "api/v1/staff/" + id + "/deactivation",
            admin,
            "{\"version\":" + version(admin, name) + "}");
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    assertThat(web.getWithToken("api/v1/me", token).statusCode()).isEqualTo(401);
    HttpResponse<String> after = page.get("index.xhtml");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
    assertThat(
            web.post(
                    "api/v1/auth/token",
                    Map.of("username", name, "password", DemoAccounts.PASSWORD))
                .statusCode())
        .as("no new token either")
        .isEqualTo(401);
    assertThat(countAudit("UPDATE", "admin")).isPositive();

    // only an administrator keeps the register; an administrator cannot lock themselves out
    assertThat(web.getWithToken("api/v1/staff", web.token("chair")).statusCode()).isEqualTo(403);
    HttpResponse<String> self =
        web.postJsonWithToken(
            "api/v1/staff/" + staffId("admin") + "/deactivation",
            admin,
            "{\"version\":" + version(admin, "admin") + "}");
    assertThat(self.statusCode()).isEqualTo(400);
    assertThat(self.body()).contains("staff.deactivateSelf");
  }

  private long version(String admin, String username) throws Exception {
    return Json.createReader(new StringReader(web.getWithToken("api/v1/staff", admin).body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getString("username").equals(username))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("version")
        .longValue();
  }

  private static long staffId(String username) {
    return EmbeddedServices.id("select id from staff_user where username = ?", username);
  }

  private static void updateStaff(String sql) throws Exception {
    try (var c = EmbeddedServices.database().getConnection();
        var s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).isEqualTo(1);
    }
  }

  @Test
  void wrongPasswordShowsAPlainMessageAndIsAudited() throws Exception {
    HttpResponse<String> failed = web.signIn("chair", "not-the-password");

    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(failed.body()).contains("Käyttäjätunnus tai salasana on väärin.");
    assertThat(countAudit("SIGN_IN_FAILED", "chair")).isPositive();
  }

  @Test
  void theAdminSendsATestMailThroughCamelAndAForgedFormSendsNothing() throws Exception {
    assertThat(web.signIn("admin", DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
    // the outbox delivers invitations to the same mail server meanwhile: look at recipients, not
    // counts
    HttpResponse<String> sent =
        web.submit(
            "admin/system.xhtml", "testMail", "send", Map.of("recipient", "kumppani@kodit.test"));

    assertThat(sent.body()).contains("Testiviesti lähetettiin.");
    MimeMessage mail = EmbeddedServices.awaitMail("the test mail", to("kumppani@kodit.test"));
    assertThat(mail.getSubject()).isEqualTo("ASO-palvelun testiviesti");

    // a cross-site form can carry the session cookie but not the page's view state and nonce:
    // it is refused and the user is sent back to the page
    HttpResponse<String> forged =
        web.post(
            "admin/system.xhtml",
            WebClient.formFields(
                "1234567890:987654321",
                "testMail",
                "send",
                Map.of("recipient", "attacker@evil.test")));
    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(forged.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("stale=true"));
    assertThat(web.get("admin/system.xhtml?stale=true").body()).contains("sivu oli vanhentunut");
    // the test mail is handed to SMTP before the page answers (as the first one was): had the
    // forged
    // form sent anything, it would be on the mail server now
    assertThat(EmbeddedServices.mail().getReceivedMessages()).noneMatch(to("attacker@evil.test"));

    // the page's own view state but without its nonce (a page the script never ran on): refused
    // before the action runs, not with a 500 after it
    String page = web.get("admin/system.xhtml").body();
    HttpResponse<String> noNonce =
        web.post(
            "admin/system.xhtml",
            WebClient.formFields(
                WebClient.viewState(page),
                "testMail",
                "send",
                Map.of("recipient", "ilman-noncea@evil.test")));
    assertThat(noNonce.statusCode()).as(noNonce.body()).isEqualTo(302);
    assertThat(noNonce.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("stale=true"));
    assertThat(EmbeddedServices.mail().getReceivedMessages())
        .noneMatch(to("ilman-noncea@evil.test"));
  }

  private static java.util.function.Predicate<MimeMessage> to(String recipient) {
    return m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(recipient);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Test
  void signInsAreAuditedWithTheClientAddressAndTheAuditTrailCannotBeChangedByThePlatformsRole()
      throws Exception {
    web.post(
        "api/v1/auth/token", Map.of("username", "caseworker", "password", DemoAccounts.PASSWORD));
    assertThat(countAudit("SIGN_IN", "caseworker")).isPositive();
    assertThat(
            EmbeddedServices.stringValue(
                "select source_address from audit_event where action = 'SIGN_IN'"
                    + " and actor = 'caseworker' order by id desc limit 1"))
        .isEqualTo("127.0.0.1");

    try (Connection c = EmbeddedServices.asThePlatform().getConnection();
        var s = c.createStatement()) {
      assertThat(catchThrowable(() -> s.executeUpdate("update audit_event set actor = 'nobody'")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThat(catchThrowable(() -> s.executeUpdate("delete from audit_event")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("permission denied");
      assertThat(catchThrowable(() -> s.execute("alter table audit_event disable trigger all")))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("must be owner");
    }
    assertThat(countAudit("SIGN_IN", "caseworker")).isPositive();

    // the chain holds, and readiness says so (and that the platform's role cannot rewrite it)
    JsonObject auditTrail =
        json(web.get("health/ready").body())
            .getJsonArray("checks")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(c -> c.getString("name").equals("audit-trail"))
            .findFirst()
            .orElseThrow();
    assertThat(auditTrail.getString("status")).isEqualTo("UP");
    // (Payara writes a boolean's data as JSON true or as "true": either will do)
    JsonObject data = auditTrail.getJsonObject("data");
    assertThat(data.get("intact").toString().replace("\"", "")).isEqualTo("true");
    assertThat(data.get("platformRoleCanRewrite").toString().replace("\"", "")).isEqualTo("false");
  }

  @Test
  void aStaffMemberSignsInThroughTheOrganisationsOpenIdConnectProvider() throws Exception {
    assertThat(web.get("login.xhtml").body()).contains("id=\"sso\"");
    EmbeddedServices.oidc().nextUser("caseworker");

    URI provider = web.redirectOf(web.get("oidc/login"));
    assertThat(provider.toString()).startsWith(EmbeddedServices.oidc().issuer() + "/authorize");
    URI callback = web.redirectOf(web.get(provider));
    assertThat(callback.getPath()).isEqualTo("/oidc/callback");
    URI landing = web.redirectOf(web.get(callback));

    assertThat(landing.getPath()).isEqualTo("/index.xhtml");
    assertThat(web.get(landing).body())
        .contains("Veera Vastuutyöntekijä", "id=\"caseWorkerPanel\"");
    assertThat(countAudit("SIGN_IN", "caseworker")).isPositive();
  }

  @Test
  void someoneTheProviderKnowsButThePlatformDoesNotIsRefused() throws Exception {
    EmbeddedServices.oidc().nextUser("stranger");

    URI provider = web.redirectOf(web.get("oidc/login"));
    URI landing = web.redirectOf(web.get(web.redirectOf(web.get(provider))));

    assertThat(landing.getPath()).isEqualTo("/login.xhtml");
    assertThat(landing.getQuery()).contains("ssoFailed=true");
    assertThat(web.get(landing).body()).contains("Kertakirjautuminen ei onnistunut.");
    assertThat(web.get("index.xhtml").statusCode()).isEqualTo(302);
    assertThat(countAudit("SIGN_IN_FAILED", "stranger")).isPositive();
  }

  @Test
  void theAdministratorBuildsThePartnerNetworkAndOthersCannot() throws Exception {
    String admin = web.token("admin");
    HttpResponse<String> created =
        web.postJsonWithToken(
            "api/v1/organisations",
            admin,
            "{\"name\":\"Aspa-palvelut Joensuu\",\"type\":\"NGO\",\"preferredChannel\":\"SECURE_EMAIL\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    long id = json(created.body()).getJsonNumber("id").longValue();

    HttpResponse<String> contact =
        web.postJsonWithToken(
            "api/v1/organisations/" + id + "/contacts",
            admin,
            "{\"name\":\"Sirpa Yhdyshenkilö\",\"email\":\"sirpa@aspa.test\",\"phone\":\"050 123 4567\"}");
    assertThat(contact.statusCode()).isEqualTo(201);
    assertThat(
            web.postJsonWithToken(
                    "api/v1/organisations/" + id + "/contacts",
                    admin,
                    "{\"name\":\"Väärä\",\"email\":\"not an address\"}")
                .statusCode())
        .isEqualTo(400);

    assertThat(web.getWithToken("api/v1/organisations", admin).body())
        .contains(
            "Aspa-palvelut Joensuu", "Sirpa Yhdyshenkilö", "SECURE_EMAIL", "Joensuun Kodit Oy");
    assertThat(web.getWithToken("api/v1/organisations", web.token("chair")).statusCode())
        .isEqualTo(403);

    assertThat(web.signIn("admin", DemoAccounts.PASSWORD).statusCode()).isEqualTo(302);
    assertThat(web.get("admin/network.xhtml").body())
        .contains("Aspa-palvelut Joensuu", "Suojattu sähköposti", "Sirpa Yhdyshenkilö");
  }

  private static int countAudit(String action, String actor) throws SQLException {
    try (Connection c = EmbeddedServices.database().getConnection();
        var s =
            c.prepareStatement("select count(*) from audit_event where action = ? and actor = ?")) {
      s.setString(1, action);
      s.setString(2, actor);
      var rs = s.executeQuery();
      rs.next();
      return rs.getInt(1);
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
