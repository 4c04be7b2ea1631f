package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing passwords on the real WAR: the token request and the login form share one count per
 * account name and per client address (behind the trusted proxy, the address it forwards), and a
 * locked sign-in refuses even the right password, with 429 and Retry-After on the API and a message
 * on the login page. Each test speaks for client addresses of its own and locks only an account it
 * made, so the other IT classes' demo users and 127.0.0.1 are untouched.
 */
@ExtendWith(ArquillianExtension.class)
class GuessingIT {

  @ArquillianResource URL deployed;

  private URI base;

  @BeforeEach
  void base() {
    base = Platform.base(deployed);
  }

  @Test
  void fiftyWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
    String name = newChair();
    WebClient guesser = WebClient.behindProxyFor(base, "203.0.113.10");
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 50; i++) {
      last = guesser.post("api/v1/auth/token", Map.of("username", name, "password", "arvaus " + i));
      statuses.add(last.statusCode());
    }

    assertThat(statuses.subList(0, 4)).containsOnly(401);
    assertThat(statuses.subList(4, 50)).as("locked from the fifth failure on").containsOnly(429);
    assertThat(last.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(World.json(last.body()).getString("code")).isEqualTo("signin.locked");
    assertThat(last.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 60L));

    WebClient owner = WebClient.behindProxyFor(base, "198.51.100.20");
    HttpResponse<String> right =
        owner.post(
            "api/v1/auth/token", Map.of("username", name, "password", DemoAccounts.PASSWORD));
    assertThat(right.statusCode()).as("the right password, from elsewhere").isEqualTo(429);
    HttpResponse<String> page = owner.signIn(name, DemoAccounts.PASSWORD);
    assertThat(page.statusCode()).as("the login form: no session").isEqualTo(200);
    assertThat(page.body())
        .contains("Kirjautuminen on tilapäisesti estetty")
        .doesNotContain("Käyttäjätunnus tai salasana on väärin.");
    assertThat(countAudit("SIGN_IN_FAILED", name)).isEqualTo(52);
  }

  @Test
  void anAddressBehindTheTrustedProxyIsLockedForEveryNameButOnlyThatAddress() throws Exception {
    WebClient guesser = WebClient.behindProxyFor(base, "203.0.113.11");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      statuses.add(
          guesser
              .post("api/v1/auth/token", Map.of("username", "ei-ketaan-" + i, "password", "arvaus"))
              .statusCode());
    }
    assertThat(statuses.subList(0, 19))
        .as("unknown names are refused as wrong passwords are")
        .containsOnly(401);
    assertThat(statuses.get(19)).as("the twentieth failure locks the address").isEqualTo(429);

    Map<String, String> chair = Map.of("username", "chair", "password", DemoAccounts.PASSWORD);
    assertThat(guesser.post("api/v1/auth/token", chair).statusCode())
        .as("a real user from the locked address")
        .isEqualTo(429);
    WebClient neighbour = WebClient.behindProxyFor(base, "203.0.113.12");
    assertThat(neighbour.post("api/v1/auth/token", chair).statusCode())
        .as("the next address behind the same proxy")
        .isEqualTo(200);
    assertThat(neighbour.signIn("chair", DemoAccounts.PASSWORD).statusCode())
        .as("and its login form")
        .isEqualTo(302);
    assertThat(guesser.signIn("chair", DemoAccounts.PASSWORD).body())
        .as("the login form at the locked address")
        .contains("Kirjautuminen on tilapäisesti estetty");
    assertThat(new WebClient(base).post("api/v1/auth/token", chair).statusCode())
        .as("the proxy itself, speaking for no one")
        .isEqualTo(200);
  }

  /** A chair account of this test's own, with the demo password. */
  private String newChair() throws Exception {
    WebClient web = new WebClient(base);
    String admin = web.token("admin");
    String name = "arvattava-" + System.nanoTime();
    HttpResponse<String> created =
        web.postJsonWithToken(
            "api/v1/staff",
            admin,
            "{\"username\":\""
                + name
                + "\",\"displayName\":\"Arvattava Käyttäjä\",\"roles\":[\"CHAIR\"],"
                + "\"organisationId\":"
                + World.organisation("Joensuun yhdyskuntaseuraamustoimisto")
                + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try (Connection c = EmbeddedServices.database().getConnection();
        var s =
            c.prepareStatement(
                "update staff_user set password_hash = (select password_hash from staff_user"
                    + " where username = 'chair') where username = ?")) {
      s.setString(1, name);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    return name;
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
}
