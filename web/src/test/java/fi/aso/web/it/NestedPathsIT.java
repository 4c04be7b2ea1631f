package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paths mean what they say: every path of the OpenAPI document with two or more path parameters
 * (read from the document, so a new nested path is covered without editing this test) is called
 * with the child of one parent under another parent, by the role that could otherwise use it, and
 * must answer 404, exactly as for an object that does not exist.
 *
 * <p>The kind of each path parameter is the collection its segment follows ({@code
 * meetings/{id}/slots/{slotId}}: a meeting, then a slot). This test makes two parents of every kind
 * with their children through the API; a path with a kind it does not make fails the test with the
 * name of that kind, so that whoever adds the path also adds its objects here.
 */
@ExtendWith(ArquillianExtension.class)
class NestedPathsIT {

  /** Who may otherwise use the paths under each top-level collection. */
  private static final Map<String, String> USERS =
      Map.of("meetings", "chair", "cases", "caseworker", "organisations", "admin");

  /**
   * A minimal valid body per endpoint that takes one (the path with {@code *} for its parameters),
   * so that a refusal is the parent's and not the body's. An endpoint not named here gets {@code
   * {}} as JSON.
   */
  private final Map<String, Body> bodies =
      Map.of(
          "PUT meetings/*/slots/*",
          json(c -> "{\"version\":" + c.meetingVersion() + ",\"start\":\"" + c.start() + "\"}"),
          "POST meetings/*/slots/*/review",
          json(c -> "{\"version\":" + c.meetingVersion() + ",\"reason\":\"vieras polku\"}"),
          "PUT meetings/*/slots/*/attendance",
          json(c -> "{\"version\":" + c.meetingVersion() + ",\"attendance\":\"IN_PERSON\"}"),
          "POST meetings/*/slots/*/invitees",
          json(
              c ->
                  "{\"version\":"
                      + c.meetingVersion()
                      + ",\"contactPersonId\":"
                      + World.contact(World.KALLE)
                      + "}"),
          "POST meetings/*/minutes/*/review",
          json(c -> "{\"version\":" + c.version("minutes") + "}"),
          "POST meetings/*/minutes/*/approval",
          json(c -> "{\"version\":" + c.version("minutes") + "}"),
          "PUT cases/*/follow-up/*",
          json(
              c ->
                  "{\"version\":"
                      + c.version("follow-up")
                      + ",\"housedBeforeRelease\":true,\"note\":\"vieras polku\"}"),
          "PUT organisations/*/contacts/*",
          json(c -> "{\"name\":\"Vieras Polku\",\"email\":\"vieras.polku@example.test\"}"),
          "PUT cases/*/consents/*/scan",
          new Body("application/pdf", c -> "%PDF-1.4 vieras lomake"),
          "PUT meetings/*/day/slots/*/invitees/*/attendance",
          json(c -> "{\"attendance\":\"PRESENT\"}"));

  @ArquillianResource URL deployed;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private URI base;
  private World world;

  /** Whose children are put under the other's parents. */
  private Family first;

  private Family second;

  @BeforeEach
  void twoParentsOfEveryKind() throws Exception {
    base = Platform.base(deployed);
    world = new World(base);
    // another region asks to work with both organisations: their share requests are children too
    World other = RegionBoundaryIT.RegionB.make(base, world, false).world();
    for (String organisation : List.of(World.KODIT, World.SOTE)) {
      HttpResponse<String> asked =
          other
              .web()
              .postJsonWithToken(
                  "api/v1/organisations/" + World.organisation(organisation) + "/join",
                  other.token("admin"),
                  "");
      assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    }
    // the first case has consent versions 1 and 2, the second only 1: version 2 is the first's
    first = family("Aino", 40, World.KODIT, 2);
    second = family("Bertta", 41, World.SOTE, 1);
    // a scan on the first case's version 2, so that reading it under its own case is a 200
    world.scan(first.id("cases"), 2, "oma lomake");
  }

  @Test
  void everyNestedPathWithAForeignParentAnswersNotFoundAndChangesNothing() throws Exception {
    List<String[]> nested =
        Endpoints.of(world.web().get("openapi").body()).stream()
            .filter(e -> Endpoints.kinds(e[1]).size() >= 2)
            .toList();
    assertThat(nested)
        .extracting(e -> e[0] + " " + Endpoints.normalised(e[1]))
        .as("the nested paths the issue named are in the document")
        .contains(
            "GET meetings/*/slots/*/invitable",
            "GET meetings/*/minutes/*/pdf",
            "PUT cases/*/follow-up/*",
            "DELETE meetings/*/slots/*/invitees/*",
            "PUT organisations/*/contacts/*");
    long firstVersion = world.version(first.id("meetings"));
    long secondVersion = world.version(second.id("meetings"));

    List<String> answered = new ArrayList<>();
    for (String[] endpoint : nested) {
      String method = endpoint[0];
      String template = endpoint[1];
      List<String> kinds = Endpoints.kinds(template);
      // the first's child (and its children) under the second's parents, at every level
      for (int from = 1; from < kinds.size(); from++) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
          String kind = kinds.get(i);
          ids.put(kind, (i < from ? second : first).id(kind));
        }
        HttpResponse<String> answer = call(method, template, new Call(ids, first));
        String what = method + " " + fill(template, ids) + " (" + describe(kinds, from) + ")";
        if (answer.statusCode() != 404) {
          answered.add(what + " answered " + answer.statusCode() + ": " + answer.body());
        } else {
          assertThat(answer.body()).as(what).doesNotContain(first.client().name());
        }
      }
    }
    assertThat(answered)
        .as(
            "every child named under another parent is 'not found'; a 400 or 415 here means the"
                + " test sent a body the endpoint does not take: add a minimal valid one to"
                + " NestedPathsIT.bodies")
        .isEmpty();

    // the same reads under their own parents answer, so the ids above were real
    for (String[] endpoint : nested) {
      if (endpoint[0].equals("GET")) {
        Map<String, Long> own = new LinkedHashMap<>();
        Endpoints.kinds(endpoint[1]).forEach(kind -> own.put(kind, first.id(kind)));
        HttpResponse<String> read = call("GET", endpoint[1], new Call(own, first));
        assertThat(read.statusCode())
            .as("GET " + fill(endpoint[1], own) + " under its own parent")
            .isEqualTo(200);
      }
    }

    // and nothing was changed by the refused calls
    assertThat(world.version(first.id("meetings"))).isEqualTo(firstVersion);
    assertThat(world.version(second.id("meetings"))).isEqualTo(secondVersion);
    JsonObject meeting = meeting(first.id("meetings"));
    assertThat(meeting.getJsonArray("slots"))
        .singleElement()
        .satisfies(
            slot -> {
              JsonObject s = slot.asJsonObject();
              assertThat(s.getJsonNumber("id").longValue()).isEqualTo(first.id("slots"));
              assertThat(s.getString("attendance")).isEqualTo("IN_PERSON");
              assertThat(s.getJsonArray("invitees"))
                  .as("no invitee added or taken off")
                  .hasSize(3)
                  .allMatch(i -> i.asJsonObject().getBoolean("active"));
            });
    assertThat(meeting(second.id("meetings")).getJsonArray("slots")).hasSize(1);
    assertThat(
            world
                .web()
                .getWithToken(
                    "api/v1/meetings/" + first.id("meetings") + "/minutes", world.token("chair"))
                .body())
        .contains("\"state\":\"DRAFT\"")
        .doesNotContain("REVIEWED", "APPROVED");
    assertThat(
            World.json(
                    "{\"points\":"
                        + world
                            .web()
                            .getWithToken(
                                "api/v1/cases/" + first.id("cases") + "/follow-up",
                                world.token("caseworker"))
                            .body()
                        + "}")
                .getJsonArray("points"))
        .as("no follow-up point recorded")
        .allMatch(p -> !p.asJsonObject().getBoolean("recorded"));
    assertThat(world.web().getWithToken("api/v1/organisations", world.token("admin")).body())
        .as("the contact person kept their details")
        .contains(first.client().name().replace("Aino", "Yhteys"))
        .doesNotContain("vieras.polku@example.test");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from consent_document d join consent c on c.id = d.consent_id"
                    + " where c.case_id = "
                    + second.id("cases")))
        .as("no scan attached to the second case")
        .isZero();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from organisation_share_request where status = 'PENDING'"
                    + " and id in ("
                    + first.id("share-requests")
                    + ", "
                    + second.id("share-requests")
                    + ")"))
        .as("neither share request decided under the other organisation")
        .isEqualTo(2);
  }

  /**
   * A referred client with consent (versions 1 to {@code consentVersions}) for Kodit, on their own
   * meeting {@code days} from now with Kalle invited, the meeting's minutes drafted, the case's
   * follow-up points set, and a contact person of this test in {@code organisation}.
   */
  private Family family(String given, int days, String organisation, int consentVersions)
      throws Exception {
    World.Client client = world.referClient(given, "Sisäkkäinen");
    for (int v = 0; v < consentVersions; v++) {
      world.consent(client, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    }
    // a link for the client to withdraw the consent: revoking it under the other case must not
    HttpResponse<String> link =
        world
            .web()
            .postJsonWithToken(
                "api/v1/cases/" + client.id() + "/consent-links",
                world.token("caseworker"),
                "{\"purpose\":\"WITHDRAW\",\"language\":\"fi\"}");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
    var start = World.at(days, 9);
    long meeting = world.meeting(start, Duration.ofHours(3), "Sisäkkäiset polut");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.KALLE);
    long invitee =
        meeting(meeting)
            .getJsonArray("slots")
            .get(0)
            .asJsonObject()
            .getJsonArray("invitees")
            .stream()
            .mapToLong(i -> i.asJsonObject().getJsonNumber("id").longValue())
            .max()
            .orElseThrow();
    JsonObject minutes =
        created(
            world
                .web()
                .postJsonWithToken(
                    "api/v1/meetings/" + meeting + "/minutes", world.token("chair"), ""));
    HttpResponse<String> planned =
        world
            .web()
            .postJsonWithToken(
                "api/v1/cases/" + client.id() + "/follow-up", world.token("caseworker"), "");
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    JsonObject point =
        World.json("{\"points\":" + planned.body() + "}").getJsonArray("points").getJsonObject(0);
    long contact =
        world.newContact(
            organisation,
            client.name().replace(given, "Yhteys"),
            given.toLowerCase() + "@sisakkaiset.test",
            null);

    Map<String, Long> ids = new HashMap<>();
    ids.put("meetings", meeting);
    ids.put("slots", slot);
    ids.put("invitees", invitee);
    ids.put("minutes", minutes.getJsonNumber("id").longValue());
    ids.put("cases", client.id());
    ids.put("consents", (long) consentVersions);
    ids.put("consent-links", World.json(link.body()).getJsonNumber("id").longValue());
    ids.put("follow-up", point.getJsonNumber("id").longValue());
    ids.put("organisations", World.organisation(organisation));
    ids.put("share-requests", shareRequest(World.organisation(organisation)));
    ids.put("contacts", contact);
    Map<String, Long> versions =
        Map.of(
            "minutes", minutes.getJsonNumber("version").longValue(),
            "follow-up", point.getJsonNumber("version").longValue());
    return new Family(client, start.toString(), ids, versions);
  }

  /** The open request of another region to work with the organisation, as its home sees it. */
  private long shareRequest(long organisation) throws Exception {
    return World.json(
            "{\"requests\":"
                + world
                    .web()
                    .getWithToken("api/v1/organisations/share-requests", world.token("admin"))
                    .body()
                + "}")
        .getJsonArray("requests")
        .stream()
        .map(r -> r.asJsonObject())
        .filter(r -> r.getJsonNumber("organisationId").longValue() == organisation)
        .mapToLong(r -> r.getJsonNumber("id").longValue())
        .max()
        .orElseThrow();
  }

  /** One parent's objects: per kind (the collection an id follows in a path), its id. */
  record Family(
      World.Client client, String start, Map<String, Long> ids, Map<String, Long> versions) {

    long id(String kind) {
      Long id = ids.get(kind);
      if (id == null) {
        fail(
            "a path has a parameter after '"
                + kind
                + "/', and NestedPathsIT makes no object of that kind: make one for both parents"
                + " in NestedPathsIT.family(...)");
      }
      return id;
    }
  }

  /** The ids of one call, and the family whose child is named (its versions go in bodies). */
  private final class Call {
    private final Map<String, Long> ids;
    private final Family child;

    Call(Map<String, Long> ids, Family child) {
      this.ids = ids;
      this.child = child;
    }

    /** The version of the meeting the path names, as a client would send it. */
    long meetingVersion() throws IOException, InterruptedException {
      return world.version(ids.get("meetings"));
    }

    long version(String kind) {
      return child.versions().get(kind);
    }

    String start() {
      return child.start();
    }
  }

  @FunctionalInterface
  interface Text {
    String of(Call call) throws Exception;
  }

  record Body(String contentType, Text text) {}

  private static Body json(Text text) {
    return new Body("application/json", text);
  }

  private HttpResponse<String> call(String method, String template, Call call) throws Exception {
    List<String> kinds = Endpoints.kinds(template);
    String user = USERS.get(template.replaceFirst("^/api/v1/", "").split("/")[0]);
    if (user == null) {
      fail(
          template
              + ": NestedPathsIT does not know who may use the paths under it; add its top-level"
              + " collection to NestedPathsIT.USERS");
    }
    String path = fill(template, call.ids);
    if (kinds.contains("meetings")) {
      // the meeting's version, which a removal takes as a query parameter
      path += "?version=" + call.meetingVersion();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .header("Authorization", "Bearer " + world.token(user));
    if (method.equals("GET") || method.equals("DELETE")) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      Body body =
          bodies.getOrDefault(method + " " + Endpoints.normalised(template), json(c -> "{}"));
      request
          .header("Content-Type", body.contentType())
          .method(method, HttpRequest.BodyPublishers.ofString(body.text().of(call)));
    }
    return ApiExchanges.recorded(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  private static String fill(String template, Map<String, Long> ids) {
    return Endpoints.fill(template, ids::get);
  }

  private static String describe(List<String> kinds, int from) {
    return "the first's "
        + String.join("/", kinds.subList(from, kinds.size()))
        + " under the second's "
        + String.join("/", kinds.subList(0, from));
  }

  private JsonObject meeting(long id) throws IOException, InterruptedException {
    HttpResponse<String> read =
        world.web().getWithToken("api/v1/meetings/" + id, world.token("chair"));
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return World.json(read.body());
  }

  private static JsonObject created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return World.json(response.body());
  }
}
