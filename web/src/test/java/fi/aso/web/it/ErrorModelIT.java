package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One error model on the real WAR: bad input, a wrong method or type, no token and no such address
 * all answer {@code application/problem+json} with a stable {@code code}; an unreadable field is
 * named (its value is not echoed); and nothing is changed.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorModelIT {

  @ArquillianResource URL deployed;

  private World world;
  private URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void world() {
    base = Platform.base(deployed);
    world = new World(base);
  }

  @Test
  void everyErrorIsAProblemWithACodeAndBadInputNamesItsField() throws Exception {
    String worker = world.token("caseworker");
    String prison = String.valueOf(World.organisation("Joensuun vankila"));
    long casesBefore = EmbeddedServices.count("select count(*) from client_case");
    String valid =
        "{\"fullName\":\"Virhe Testi\",\"dateOfBirth\":\"1980-01-01\",\"kind\":\"PRISONER\","
            + "\"institutionId\":"
            + prison
            + "}";
    Map<String, String[]> bad =
        Map.of(
            "not JSON",
            new String[] {"{\"fullName\":", "request.invalid", null},
            "an unknown choice",
            new String[] {valid.replace("PRISONER", "PRISONR"), "request.invalid", "kind"},
            "a Finnish date",
            new String[] {
              valid.replace("1980-01-01", "1.1.1980"), "request.invalid", "dateOfBirth"
            },
            "a number as text",
            new String[] {
              // the field itself, not every occurrence of its digits elsewhere in the body
              valid.replace("\"institutionId\":" + prison, "\"institutionId\":\"vankila\""),
              "request.invalid",
              "institutionId"
            },
            "a birth date in 9999",
            new String[] {valid.replace("1980-01-01", "9999-01-01"), "case.birthDate", null});
    for (var entry : bad.entrySet()) {
      HttpResponse<String> answer =
          world.web().postJsonWithToken("api/v1/cases", worker, entry.getValue()[0]);
      JsonObject problem = problem(entry.getKey(), answer, 400);
      assertThat(problem.getString("code")).as(entry.getKey()).isEqualTo(entry.getValue()[1]);
      if (entry.getValue()[2] != null) {
        assertThat(problem.getString("detail")).as(entry.getKey()).contains(entry.getValue()[2]);
      }
      assertThat(answer.body())
          .as(entry.getKey() + ": no exception or class name, no echoed value")
          .doesNotContain("Exception", "fi.aso", "jakarta.", "PRISONR", "1.1.1980", "vankila\"");
    }
    assertThat(EmbeddedServices.count("select count(*) from client_case"))
        .as("no case opened by a refused request")
        .isEqualTo(casesBefore);

    World.Client client = world.referClient("Virhe", "Peruutus");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    HttpResponse<String> nothingSaid =
        world
            .web()
            .postJsonWithToken(
                "api/v1/cases/" + client.id() + "/consents/withdrawals", worker, "{}");
    assertThat(problem("an empty withdrawal", nothingSaid, 400).getString("code"))
        .isEqualTo("consent.withdrawalScope");
    assertThat(world.web().getWithToken("api/v1/cases/" + client.id(), worker).body())
        .as("the consent still stands")
        .contains("READY_FOR_MEETING");

    assertThat(
            problem("no token", send("GET", "api/v1/cases", null, null, null), 401)
                .getString("code"))
        .isEqualTo("auth.required");
    assertThat(
            problem(
                    "another role's path",
                    world.web().getWithToken("api/v1/staff", world.token("chair")),
                    403)
                .getString("code"))
        .isEqualTo("auth.forbidden");
    assertThat(
            problem("no such address", world.web().getWithToken("api/v1/nowhere", worker), 404)
                .getString("code"))
        .isEqualTo("notFound");
    HttpResponse<String> wrongMethod = send("DELETE", "api/v1/cases", worker, null, null);
    assertThat(problem("a wrong method", wrongMethod, 405).getString("code"))
        .isEqualTo("method.notAllowed");
    assertThat(
            problem(
                    "a wrong content type",
                    send("POST", "api/v1/cases", worker, "text/plain", valid),
                    415)
                .getString("code"))
        .isEqualTo("media.unsupported");
  }

  private static JsonObject problem(String what, HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
    JsonObject problem = World.json(answer.body());
    assertThat(problem.getInt("status")).as(what).isEqualTo(status);
    assertThat(problem.containsKey("detail")).as(what).isTrue();
    return problem;
  }

  private HttpResponse<String> send(
      String method, String path, String token, String type, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return ApiExchanges.recorded(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }
}
