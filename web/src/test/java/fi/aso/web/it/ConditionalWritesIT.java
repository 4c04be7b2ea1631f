package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Optimistic concurrency the HTTP way on the real WAR: a read answers the version as an ETag; a
 * write with it in If-Match succeeds and answers the new one; the old one again is a 412 and no
 * version at all a 428, both changing nothing; the version in the body keeps working (stale: 409).
 */
@ExtendWith(ArquillianExtension.class)
class ConditionalWritesIT {

  @ArquillianResource URL deployed;

  private World world;
  private WebClient web;
  private String chair;

  @BeforeEach
  void world() throws Exception {
    world = new World(Platform.base(deployed));
    web = world.web();
    chair = world.token("chair");
  }

  @Test
  void aCaseChangesOnlyOverTheETagItWasReadAt() throws Exception {
    World.Client client = world.referClient("Ilkka", "Etagi");
    String caseAt = "api/v1/cases/" + client.id();
    String worker = world.token("caseworker");
    HttpResponse<String> read = web.getWithToken(caseAt, worker);
    String first = etag(read);
    assertThat(first).isEqualTo("\"" + World.json(read.body()).getJsonNumber("version") + "\"");

    HttpResponse<String> changed =
        put(caseAt + "/referral", worker, referral("Oma koti"), "If-Match", first);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    String second = etag(changed);
    assertThat(second).isNotEqualTo(first);
    assertThat(second).isEqualTo("\"" + World.json(changed.body()).getJsonNumber("version") + "\"");

    HttpResponse<String> stale =
        put(caseAt + "/referral", worker, referral("Vanha tieto"), "If-Match", first);
    problem(stale, 412, "conflict.changed");
    HttpResponse<String> none = put(caseAt + "/referral", worker, referral("Ei versiota"));
    problem(none, 428, "version.required");
    HttpResponse<String> both =
        put(
            caseAt + "/referral",
            worker,
            "{\"version\":" + version(first) + "," + referral("Kaksi").substring(1),
            "If-Match",
            second);
    problem(both, 400, "version.mismatch");
    HttpResponse<String> staleInBody =
        put(
            caseAt + "/referral",
            worker,
            "{\"version\":" + version(first) + "," + referral("Runko").substring(1));
    problem(staleInBody, 409, "conflict.changed");

    HttpResponse<String> after = web.getWithToken(caseAt, worker);
    assertThat(etag(after)).as("nothing changed after the first write").isEqualTo(second);
    assertThat(after.body()).contains("Oma koti").doesNotContain("Vanha tieto", "Ei versiota");

    HttpResponse<String> inBody =
        put(
            caseAt + "/referral",
            worker,
            "{\"version\":" + version(second) + "," + referral("Rungon versio").substring(1));
    assertThat(inBody.statusCode()).as("the body's version still works").isEqualTo(200);
    assertThat(etag(inBody)).isNotEqualTo(second);
  }

  @Test
  void aMeetingAndItsSlotsChangeOnlyOverTheMeetingsETag() throws Exception {
    OffsetDateTime start = World.at(41, 9);
    long meeting = world.meeting(start, Duration.ofHours(2), "Etag-huone 1");
    String at = "api/v1/meetings/" + meeting;
    String first = etag(web.getWithToken(at, chair));

    String moved =
        "{\"start\":\""
            + start
            + "\",\"end\":\""
            + start.plusHours(2)
            + "\",\"place\":\"Etag-huone 2\"}";
    HttpResponse<String> rescheduled = put(at, chair, moved, "If-Match", first);
    assertThat(rescheduled.statusCode()).as(rescheduled.body()).isEqualTo(204);
    String second = etag(rescheduled);
    assertThat(second).isNotEqualTo(first);
    HttpResponse<String> read = web.getWithToken(at, chair);
    assertThat(etag(read)).as("the ETag answered is the meeting's as read").isEqualTo(second);
    assertThat(World.json(read.body()).getString("place")).isEqualTo("Etag-huone 2");

    problem(put(at, chair, moved.replace("huone 2", "huone 3"), "If-Match", first), 412, null);
    problem(put(at, chair, moved.replace("huone 2", "huone 4")), 428, "version.required");
    HttpResponse<String> unchanged = web.getWithToken(at, chair);
    assertThat(etag(unchanged)).isEqualTo(second);
    assertThat(World.json(unchanged.body()).getString("place")).isEqualTo("Etag-huone 2");

    // a slot is guarded by its meeting's version: adding one answers the meeting's new ETag
    World.Client client = world.referClient("Sanna", "Slotti");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    HttpResponse<String> added =
        web.sendWithToken(
            "POST",
            at + "/slots",
            chair,
            "{\"caseId\":"
                + client.id()
                + ",\"start\":\""
                + start
                + "\",\"lengthMinutes\":45,\"attendance\":\"IN_PERSON\"}",
            "If-Match",
            second);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    String third = etag(added);
    assertThat(etag(web.getWithToken(at, chair))).isEqualTo(third);
    long slot = World.json(added.body()).getJsonNumber("id").longValue();

    // taking it off: the old ETag, then none, change nothing; the current one does
    String slotAt = at + "/slots/" + slot;
    problem(web.sendWithToken("DELETE", slotAt, chair, null, "If-Match", second), 412, null);
    problem(web.sendWithToken("DELETE", slotAt, chair, null), 428, "version.required");
    problem(
        web.sendWithToken(
            "DELETE", slotAt + "?version=" + version(second), chair, null, "If-Match", third),
        400,
        "version.mismatch");
    assertThat(web.getWithToken(at, chair).body()).contains("\"id\":" + slot);
    HttpResponse<String> removed =
        web.sendWithToken("DELETE", slotAt, chair, null, "If-Match", third);
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    HttpResponse<String> afterRemoval = web.getWithToken(at, chair);
    assertThat(etag(afterRemoval)).isEqualTo(etag(removed)).isNotEqualTo(third);
    assertThat(World.json(afterRemoval.body()).getJsonArray("slots")).isEmpty();
  }

  @Test
  void anActionsProgressNeedsItsCurrentVersion() throws Exception {
    World.Client client = world.referClient("Aino", "Aktio");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    long meeting = world.meeting(World.at(42, 9), Duration.ofHours(2), "Etag-huone 5");
    long slot = world.slot(meeting, client, World.at(42, 9));
    world.invite(meeting, slot, World.KALLE);
    long action =
        world.action(slot, "Asuntohakemus", World.KODIT, World.KALLE, LocalDate.now().plusDays(10));
    String partner = world.token("partner");
    JsonObject listed = actionOf(partner, action);
    String first = "\"" + listed.getJsonNumber("version") + "\"";

    String progress = "{\"status\":\"IN_PROGRESS\",\"note\":\"Hakemus vireillä\"}";
    HttpResponse<String> done =
        put("api/v1/actions/" + action, partner, progress, "If-Match", first);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    String second = etag(done);
    assertThat(second)
        .isNotEqualTo(first)
        .isEqualTo("\"" + World.json(done.body()).getJsonNumber("version") + "\"");

    String other = "{\"status\":\"DONE\",\"note\":\"Valmis\"}";
    problem(put("api/v1/actions/" + action, partner, other, "If-Match", first), 412, null);
    problem(put("api/v1/actions/" + action, partner, other), 428, "version.required");
    JsonObject after = actionOf(partner, action);
    assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat("\"" + after.getJsonNumber("version") + "\"").isEqualTo(second);
  }

  @Test
  void anIfMatchThatNamesNoSingleVersionIsRefused() throws Exception {
    World.Client client = world.referClient("Veikko", "Villikortti");
    String caseAt = "api/v1/cases/" + client.id();
    String worker = world.token("caseworker");
    String before = web.getWithToken(caseAt, worker).body();
    for (String bad : new String[] {"*", "W/\"1\"", "1", "\"1\", \"2\""}) {
      problem(
          put(caseAt + "/referral", worker, referral("Huono"), "If-Match", bad),
          400,
          "request.invalid");
    }
    assertThat(web.getWithToken(caseAt, worker).body()).isEqualTo(before);
  }

  private JsonObject actionOf(String token, long action) throws Exception {
    HttpResponse<String> list = web.getWithToken("api/v1/actions", token);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(list.body()))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(a -> a.getJsonNumber("id").longValue() == action)
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> put(String path, String token, String json, String... headers)
      throws Exception {
    return web.sendWithToken("PUT", path, token, json, headers);
  }

  private static String referral(String wishes) {
    return "{\"referral\":" + World.json("{\"WISHES\":" + World.quote(wishes) + "}") + "}";
  }

  private static String etag(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
  }

  private static long version(String etag) {
    return Long.parseLong(etag.replace("\"", ""));
  }

  private static void problem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonObject problem = World.json(response.body());
    assertThat(problem.getString("code"))
        .isEqualTo(code == null ? (status == 412 ? "conflict.changed" : "?") : code);
  }
}
