package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.awaitility.Awaitility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The region is a boundary for administrators, chairs and case workers. A second region is set up
 * honestly through the API, as its people would: the demo region's administrator creates it and
 * names its first administrator, who sets a password through the mailed link and makes the region's
 * network and staff; its chair and case worker refer a client with consent, plan a meeting with an
 * invitee, minutes, follow-up, a busy time, an action and a series; a partner's answer lands in the
 * inbox as a kept reply and an invitation waits for a retry.
 *
 * <p>Then every operation of the OpenAPI document with a path parameter (read from the document, so
 * a new one is covered without editing this test) is called by the demo region's administrator,
 * chair and case worker with the second region's ids, and must answer 403 or 404; the lists they
 * read must not show the second region's objects; ids of the second region in request bodies are
 * refused; and the second region's objects, read again by its own people, are unchanged. A path
 * whose parameter is of a kind this test makes no object of fails the test with that kind's name.
 */
@ExtendWith(ArquillianExtension.class)
class RegionBoundaryIT {

  /** The demo region's people who try the other region's objects. */
  private static final List<String> REGION_A = List.of("admin", "chair", "caseworker");

  /**
   * Naming a region's first administrator: any administrator may, but only while the region has
   * none, so the other region's answers 400 with code staff.regionHasAdministrator.
   */
  private static final String FIRST_ADMINISTRATOR = "POST regions/*/administrators";

  /** Sharing an organisation with another region: its own test, {@link #sharing}. */
  private static final String JOIN = "POST organisations/*/join";

  /** Lists that show every region's objects of a kind on purpose, and which kind. */
  private static final Map<String, Set<String>> PLATFORM_WIDE =
      Map.of(
          // to share an existing organisation instead of making a duplicate
          "/api/v1/organisations/all", Set.of("organisation", "prison", "region"),
          // the regions themselves
          "/api/v1/regions", Set.of("region"),
          // the demo region's own request to work with the other region's organisation
          "/api/v1/organisations/share-requests", Set.of("organisation", "region"));

  @ArquillianResource URL deployed;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private URI base;

  /** The demo region (A) and the new one (B). */
  private World a;

  private World b;
  private RegionB theirs;

  @BeforeEach
  void demoRegion() {
    base = Platform.base(deployed);
    a = new World(base);
  }

  private void otherRegion(boolean withClientAndMeeting) throws Exception {
    theirs = RegionB.make(base, a, withClientAndMeeting);
    b = theirs.world();
  }

  @Test
  void theDemoRegionsPeopleGetNothingOfTheOtherRegion() throws Exception {
    otherRegion(true);
    List<String[]> endpoints = Endpoints.of(a.web().get("openapi").body());
    assertThat(endpoints)
        .extracting(e -> e[0] + " " + Endpoints.normalised(e[1]))
        .as("the endpoints the issue named are in the document")
        .contains(FIRST_ADMINISTRATOR, JOIN, "POST deliveries/*/retry", "GET replies/*");
    Map<String, String> before = theirs.snapshot();
    List<String> problems = new ArrayList<>();

    // every path with a parameter, with the other region's ids, by each of the demo region's people
    for (String[] endpoint : endpoints) {
      String what = endpoint[0] + " " + Endpoints.normalised(endpoint[1]);
      if (Endpoints.kinds(endpoint[1]).isEmpty() || what.equals(JOIN)) {
        continue;
      }
      for (String user : REGION_A) {
        HttpResponse<String> answer = call(user, endpoint[0], endpoint[1]);
        String who = user + ": " + endpoint[0] + " " + fill(endpoint[1]);
        if (what.equals(FIRST_ADMINISTRATOR) && user.equals("admin")) {
          // any administrator may name a region's first administrator, but only while it has none
          if (answer.statusCode() != 400 || !answer.body().contains("regionHasAdministrator")) {
            problems.add(who + " answered " + answer.statusCode() + ": " + answer.body());
          }
        } else if (answer.statusCode() != 403 && answer.statusCode() != 404) {
          problems.add(who + " answered " + answer.statusCode() + ": " + answer.body());
        }
        theirs.markers().forEach((label, text) -> notIn(problems, who, answer.body(), text));
      }
    }

    // the same reads by the other region's own people answer, so the ids above were real
    for (String[] endpoint : endpoints) {
      if (endpoint[0].equals("GET") && !Endpoints.kinds(endpoint[1]).isEmpty()) {
        List<Integer> answers = new ArrayList<>();
        for (String user : REGION_A) {
          answers.add(
              b.web().getWithToken(fill(endpoint[1]).substring(1), b.token(user)).statusCode());
        }
        if (!answers.contains(200)) {
          problems.add(
              "the other region's own administrator, chair and case worker answered "
                  + answers
                  + " to GET "
                  + fill(endpoint[1])
                  + ": make it a real object of theirs in RegionBoundaryIT.RegionB.make(...)");
        }
      }
    }

    // the lists they read show nothing of the other region
    for (String[] endpoint : endpoints) {
      if (!endpoint[0].equals("GET") || !Endpoints.kinds(endpoint[1]).isEmpty()) {
        continue;
      }
      for (String user : REGION_A) {
        String path = endpoint[1].substring(1) + theirs.query(endpoint[1]);
        HttpResponse<String> list = a.web().getWithToken(path, a.token(user));
        String who = user + ": GET " + path;
        if (list.statusCode() == 403) {
          continue;
        }
        if (list.statusCode() != 200) {
          problems.add(
              who
                  + " answered "
                  + list.statusCode()
                  + " (give the list its query parameters in RegionB.query): "
                  + list.body());
          continue;
        }
        Set<String> byDesign = PLATFORM_WIDE.getOrDefault(endpoint[1], Set.of());
        theirs.markers().entrySet().stream()
            .filter(m -> !byDesign.contains(m.getKey()))
            .forEach(m -> notIn(problems, who, list.body(), m.getValue()));
        theirs.idsIn(endpoint[1], list.body()).stream()
            .map(id -> who + " lists the other region's " + id)
            .forEach(problems::add);
      }
    }

    // the other region's ids in request bodies are refused too
    problems.addAll(bodiesNamingTheOtherRegion());

    // the kept reply is the other region's administrator's, and their reading it is on the case
    HttpResponse<String> opened =
        b.web().getWithToken("api/v1/replies/" + theirs.id("replies"), b.token("admin"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    assertThat(opened.body()).contains(theirs.replyText());
    String reads =
        "select count(*) from audit_event where action = 'READ' and object_type = 'InboundReply'"
            + " and object_id = '"
            + theirs.id("replies")
            + "' and actor = '"
            + theirs.login("admin").username()
            + "'";
    assertThat(EmbeddedServices.count(reads)).isPositive();
    assertThat(EmbeddedServices.count(reads + " and client_case_id = " + theirs.id("cases")))
        .as("every reading of the kept reply is on the client's case")
        .isEqualTo(EmbeddedServices.count(reads));
    long done =
        EmbeddedServices.count(
            "select count(*) from audit_event where ((object_type = 'InboundReply'"
                + " and object_id = '"
                + theirs.id("replies")
                + "') or (object_type = 'OutboundMessage' and object_id = '"
                + theirs.id("deliveries")
                + "')) and actor in ('admin', 'chair', 'caseworker') and outcome = 'SUCCESS'");
    if (done != 0) {
      problems.add(
          "the demo region's people opened the other region's kept reply or retried its delivery:"
              + " audited "
              + done
              + " times");
    }

    // and nothing of the other region changed
    theirs.snapshot().forEach((read, now) -> unchanged(problems, read, before.get(read), now));

    assertThat(problems)
        .as(
            "the demo region's people are refused everything of the other region (403 or 404) and"
                + " see none of it; a 400 or 415 here may mean the test sent a body the endpoint"
                + " does not take: add a minimal valid one to RegionB.body")
        .isEmpty();
  }

  /**
   * The demo region's administrator asks to share the other region's organisation: that may file a
   * request for the other region's administrator (202) or be refused (403/404), but it may not put
   * the organisation into the demo region's network, nor let the demo region's administrator change
   * it, its contact persons, webhook or calendar feeds.
   */
  @Test
  void sharingTheOtherRegionsOrganisationOpensNoDoor() throws Exception {
    otherRegion(false);
    Map<String, String> before = theirs.snapshot();
    List<String> problems = new ArrayList<>();
    long organisation = theirs.id("organisations");
    HttpResponse<String> join =
        send("admin", "POST", "/api/v1/organisations/" + organisation + "/join", "{}");
    if (!Set.of(202, 403, 404).contains(join.statusCode())) {
      problems.add(
          "admin: POST organisations/"
              + organisation
              + "/join answered "
              + join.statusCode()
              + " (sharing another region's organisation files a request, or is refused): "
              + join.body());
    }
    HttpResponse<String> network = a.web().getWithToken("api/v1/organisations", a.token("admin"));
    notIn(
        problems,
        "admin: GET organisations after the join",
        network.body(),
        theirs.name("organisation"));
    theirs.idsIn("/api/v1/organisations", network.body()).stream()
        .map(id -> "admin: GET organisations after the join lists the other region's " + id)
        .forEach(problems::add);
    String contact = "/api/v1/organisations/" + organisation + "/contacts/" + theirs.id("contacts");
    String[][] changes = {
      {"PUT", "/api/v1/organisations/" + organisation, "{\"name\":\"Liitetty\",\"type\":\"NGO\"}"},
      {
        "PUT",
        "/api/v1/organisations/" + organisation + "/webhook",
        "{\"url\":\"https://liitetty.example.test/hook\"}"
      },
      {
        "POST",
        "/api/v1/organisations/" + organisation + "/contacts",
        "{\"name\":\"Liitetty Yhteys\",\"email\":\"liitetty@example.test\"}"
      },
      {"PUT", contact, "{\"name\":\"Liitetty Yhteys\",\"email\":\"liitetty@example.test\"}"},
      {"POST", contact + "/calendar-feed", "{}"},
      {"DELETE", contact + "/calendar-feed", null},
      {"DELETE", contact, null},
      {"POST", "/api/v1/organisations/" + organisation + "/leave", "{}"}
    };
    for (String[] change : changes) {
      HttpResponse<String> answer = send("admin", change[0], change[1], change[2]);
      if (answer.statusCode() != 403 && answer.statusCode() != 404) {
        problems.add(
            "admin after the join: "
                + change[0]
                + " "
                + change[1]
                + " answered "
                + answer.statusCode()
                + ": "
                + answer.body());
      }
    }
    theirs.snapshot().forEach((read, now) -> unchanged(problems, read, before.get(read), now));
    assertThat(problems)
        .as(
            "asking to share another region's organisation puts it into no other network and lets"
                + " no other region's administrator change it")
        .isEmpty();

    // the other region's administrator accepts: the organisation serves the demo region too, which
    // may now name it and leave it, but still not change it
    HttpResponse<String> accepted =
        b.web()
            .postJsonWithToken(
                "api/v1/organisations/"
                    + organisation
                    + "/share-requests/"
                    + theirs.id("share-requests")
                    + "/acceptance",
                b.token("admin"),
                "");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(a.web().getWithToken("api/v1/organisations", a.token("admin")).body())
        .contains(theirs.name("organisation"));
    HttpResponse<String> renamed =
        send(
            "admin",
            "PUT",
            "/api/v1/organisations/" + organisation,
            "{\"name\":\"Liitetty\",\"type\":\"NGO\"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(403);
    assertThat(send("admin", "POST", "/api/v1/organisations/" + organisation + "/leave", "{}"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(204);
    assertThat(a.web().getWithToken("api/v1/organisations", a.token("admin")).body())
        .doesNotContain(theirs.name("organisation"));
  }

  /**
   * Requests of the demo region's people that name the other region's objects in their body, on the
   * demo region's own paths: refused (any 4xx), never done.
   */
  private List<String> bodiesNamingTheOtherRegion() throws Exception {
    World.Client ours = a.referClient("Aaro", "Rajanvartija");
    a.consent(ours, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    OffsetDateTime start = World.at(46, 9);
    long meeting = a.meeting(start, Duration.ofHours(2), "Rajanvartijan kokous");
    long slot = a.slot(meeting, ours, start);
    String due = LocalDate.now(World.HELSINKI).plusWeeks(2).toString();
    String[][] calls = {
      {
        "chair",
        "POST",
        "/api/v1/actions",
        "{\"slotId\":"
            + theirs.id("slots")
            + ",\"what\":\"Vieras tehtävä\",\"responsible\":\"CLIENT\",\"due\":\""
            + due
            + "\"}"
      },
      {
        "chair",
        "POST",
        "/api/v1/actions",
        "{\"slotId\":"
            + slot
            + ",\"what\":\"Vieras tehtävä\",\"responsible\":\"ORGANISATION\",\"organisationId\":"
            + theirs.id("organisations")
            + ",\"due\":\""
            + due
            + "\"}"
      },
      {
        "chair",
        "POST",
        "/api/v1/busy-times",
        busy("CONTACT", theirs.id("contacts"), start.plusDays(1))
      },
      {"chair", "POST", "/api/v1/busy-times", busy("STAFF", theirs.id("staff"), start.plusDays(1))},
      {
        "chair",
        "POST",
        "/api/v1/busy-times",
        busy("VIDEO_ROOM", theirs.id("prison"), start.plusDays(1))
      },
      {
        "chair",
        "POST",
        "/api/v1/meetings/" + meeting + "/slots",
        "{\"version\":"
            + a.version(meeting)
            + ",\"caseId\":"
            + theirs.id("cases")
            + ",\"start\":\""
            + start.plusHours(1)
            + "\",\"lengthMinutes\":45,\"attendance\":\"IN_PERSON\"}"
      },
      {
        "chair",
        "POST",
        "/api/v1/meetings/" + meeting + "/slots/" + slot + "/invitees",
        "{\"version\":" + a.version(meeting) + ",\"contactPersonId\":" + theirs.id("contacts") + "}"
      },
      {
        "chair",
        "PUT",
        "/api/v1/meetings/" + meeting + "/slots/" + slot,
        "{\"version\":"
            + a.version(meeting)
            + ",\"start\":\""
            + theirs.start().plusHours(1)
            + "\",\"targetMeetingId\":"
            + theirs.id("meetings")
            + ",\"targetVersion\":"
            + b.version(theirs.id("meetings"))
            + "}"
      },
      {
        "caseworker",
        "POST",
        "/api/v1/cases",
        "{\"fullName\":\"Vieras Vanki\",\"dateOfBirth\":\"1985-03-14\",\"kind\":\"PRISONER\","
            + "\"institutionId\":"
            + theirs.id("prison")
            + "}"
      },
      {
        "caseworker",
        "POST",
        "/api/v1/cases/" + ours.id() + "/consents",
        "{\"validUntil\":\""
            + LocalDate.now(World.HELSINKI).plusYears(1)
            + "\",\"textVersion\":\"fi-2026-1\",\"replacesVersion\":1,\"grants\":[{"
            + "\"organisationId\":"
            + theirs.id("organisations")
            + ",\"categories\":[\"IDENTITY_AND_RELEASE\"]}]}"
      },
      {
        "admin",
        "POST",
        "/api/v1/staff",
        "{\"username\":\"vieras-tunnus-"
            + theirs.suffix()
            + "\",\"displayName\":\"Vieras\",\"email\":\"vieras@example.test\","
            + "\"roles\":[\"CHAIR\"],\"organisationId\":"
            + theirs.id("prison")
            + "}"
      },
      {
        "admin",
        "POST",
        "/api/v1/organisations/" + World.organisation(World.KODIT) + "/contacts",
        "{\"name\":\"Vieras Varahenkilö\",\"email\":\"vieras.vara@example.test\",\"deputyId\":"
            + theirs.id("contacts")
            + "}"
      }
    };
    List<String> problems = new ArrayList<>();
    for (String[] c : calls) {
      HttpResponse<String> answer = send(c[0], c[1], c[2], c[3]);
      String who = c[0] + ": " + c[1] + " " + c[2] + " " + c[3];
      if (answer.statusCode() / 100 != 4) {
        problems.add(who + " answered " + answer.statusCode() + ": " + answer.body());
      }
      theirs.markers().forEach((label, text) -> notIn(problems, who, answer.body(), text));
    }
    return problems;
  }

  private static String busy(String whose, long id, OffsetDateTime start) {
    return "{\"whose\":\""
        + whose
        + "\",\"id\":"
        + id
        + ",\"start\":\""
        + start
        + "\",\"end\":\""
        + start.plusHours(1)
        + "\",\"note\":\"vieras varaus\"}";
  }

  /** One of the demo region's people calls the endpoint with the other region's ids. */
  private HttpResponse<String> call(String user, String method, String template) throws Exception {
    String path = fill(template);
    if (Endpoints.kinds(template).contains("meetings")) {
      // the meeting's version, which a removal takes as a query parameter
      path += "?version=" + b.version(theirs.id("meetings"));
    } else if (method.equals("DELETE")) {
      // a removal names the version as read (428 otherwise, before anything is looked up)
      List<String> kinds = Endpoints.kinds(template);
      Long version = theirs.versions().get(kinds.get(kinds.size() - 1));
      if (version != null) {
        path += "?version=" + version;
      }
    }
    String what = method + " " + Endpoints.normalised(template);
    RegionB.Body body = theirs.body(what);
    return send(user, method, path, body.text(), body.contentType());
  }

  private HttpResponse<String> send(String user, String method, String path, String json)
      throws Exception {
    return send(user, method, path, json, "application/json");
  }

  private HttpResponse<String> send(
      String user, String method, String path, String body, String contentType) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .header("Authorization", "Bearer " + a.token(user));
    if (method.equals("GET") || method.equals("DELETE") || body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return ApiExchanges.recorded(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  /** The path with the other region's id of each parameter's kind. */
  private String fill(String template) {
    return Endpoints.fill(template, theirs::id);
  }

  private static void notIn(List<String> problems, String who, String body, String text) {
    if (body != null && body.contains(text)) {
      problems.add(who + " shows the other region's " + text + ": " + body);
    }
  }

  private static void unchanged(List<String> problems, String read, String was, String now) {
    if (!now.equals(was)) {
      problems.add("the other region's " + read + " changed: was " + was + ", now " + now);
    }
  }

  /**
   * The other region, made through the API by its own people: its ids per kind (the collection an
   * id follows in a path), what its objects are called (none of which the demo region's people may
   * see), and how to read them again.
   */
  record RegionB(
      World world,
      String suffix,
      Map<String, World.Login> logins,
      Map<String, Long> ids,
      Map<String, String> markers,
      Map<String, Long> versions,
      OffsetDateTime start,
      String replyText) {

    /**
     * The region with its administrator, a partner organisation with a contact person and a prison;
     * {@code everything}: also its chair and case worker, and their client with a meeting and the
     * rest.
     */
    static RegionB make(URI base, World a, boolean everything) throws Exception {
      String suffix = Long.toString(System.nanoTime() % 1_000_000L);
      String password = "rajan takana pitka salasana " + suffix;
      Map<String, Long> ids = new LinkedHashMap<>();
      Map<String, String> markers = new LinkedHashMap<>();

      // the demo region's administrator creates the region and names its first administrator
      String code = "raja-" + suffix;
      markers.put("region", "Rajaseudun ASO-ryhmä " + suffix);
      ids.put(
          "regions",
          id(
              a.web()
                  .postJsonWithToken(
                      "api/v1/regions",
                      a.token("admin"),
                      "{\"code\":\""
                          + code
                          + "\",\"name\":"
                          + World.quote(markers.get("region"))
                          + "}")));
      World.Login admin = new World.Login("raja-admin-" + suffix, password);
      String adminMail = "raja-admin-" + suffix + "@raja.test";
      markers.put("administrator", admin.username());
      id(
          a.web()
              .postJsonWithToken(
                  "api/v1/regions/" + ids.get("regions") + "/administrators",
                  a.token("admin"),
                  "{\"username\":\""
                      + admin.username()
                      + "\",\"displayName\":\"Rauni Rajanen\",\"email\":\""
                      + adminMail
                      + "\"}"));
      World.setPasswordFromMail(base, adminMail, password);

      // its administrator makes its network and staff
      World.Login chair = new World.Login("raja-chair-" + suffix, password);
      World.Login worker = new World.Login("raja-worker-" + suffix, password);
      markers.put("prison", "Rajan vankila " + suffix);
      markers.put("organisation", "Rajan Kodit " + suffix);
      World b =
          new World(
              base,
              Map.of("admin", admin, "chair", chair, "caseworker", worker),
              markers.get("prison"));
      String adminToken = b.token("admin");
      ids.put(
          "prison",
          id(
              b.web()
                  .postJsonWithToken(
                      "api/v1/organisations",
                      adminToken,
                      "{\"name\":"
                          + World.quote(markers.get("prison"))
                          + ",\"type\":\"PRISON\"}")));
      // a partner whose invitations go by secure mail, which has no relay here: they wait
      ids.put(
          "organisations",
          id(
              b.web()
                  .postJsonWithToken(
                      "api/v1/organisations",
                      adminToken,
                      "{\"name\":"
                          + World.quote(markers.get("organisation"))
                          + ",\"type\":\"RENTAL_HOUSING_COMPANY\","
                          + "\"preferredChannel\":\"SECURE_EMAIL\"}")));
      // a service of its catalogue, offered by the partner
      markers.put("service", "Rajan asumisneuvonta " + suffix);
      ids.put(
          "services",
          id(
              b.web()
                  .postJsonWithToken(
                      "api/v1/services",
                      adminToken,
                      "{\"organisationId\":"
                          + ids.get("organisations")
                          + ",\"kind\":\"HOUSING_COUNSELLING\",\"nameFi\":"
                          + World.quote(markers.get("service"))
                          + ",\"referralWays\":[\"PHONE\"]}")));
      String contactMail = "raimo-" + suffix + "@rajankodit.test";
      markers.put("contact", contactMail);
      ids.put(
          "contacts",
          id(
              b.web()
                  .postJsonWithToken(
                      "api/v1/organisations/" + ids.get("organisations") + "/contacts",
                      adminToken,
                      "{\"name\":\"Raimo Rajala\",\"email\":\"" + contactMail + "\"}")));
      // the demo region asks to work with the partner: a request only the other region decides
      HttpResponse<String> asked =
          a.web()
              .postJsonWithToken(
                  "api/v1/organisations/" + ids.get("organisations") + "/join",
                  a.token("admin"),
                  "");
      assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
      ids.put(
          "share-requests",
          array(b.web().getWithToken("api/v1/organisations/share-requests", adminToken).body())
              .stream()
              .map(JsonValue::asJsonObject)
              .filter(
                  r -> r.getJsonNumber("organisationId").longValue() == ids.get("organisations"))
              .filter(r -> r.getBoolean("toDecide"))
              .mapToLong(r -> r.getJsonNumber("id").longValue())
              .findFirst()
              .orElseThrow());
      Map<String, Long> versions = new LinkedHashMap<>();
      if (!everything) {
        return new RegionB(b, suffix, Map.of("admin", admin), ids, markers, versions, null, null);
      }
      for (Map.Entry<World.Login, String> person :
          Map.of(chair, "CHAIR", worker, "CASE_WORKER").entrySet()) {
        String mail = person.getKey().username() + "@raja.test";
        markers.put(person.getValue(), person.getKey().username());
        long id =
            b.staffAccount(
                person.getKey().username(),
                "Rajan " + person.getValue().toLowerCase(),
                mail,
                person.getValue(),
                ids.get("prison"),
                null,
                password);
        if (person.getValue().equals("CHAIR")) {
          ids.put("staff", id);
        }
      }

      // its case worker refers a client with consent for the partner, with the form's scan
      World.Client client = b.referClient("Raili", "Rajalla");
      markers.put("client", client.name());
      // quoted: another client's reference may begin with this one's
      markers.put("reference", "\"" + client.reference() + "\"");
      ids.put("cases", client.id());
      b.consent(client, World.grant(markers.get("organisation"), World.IDENTITY, World.HOUSING));
      ids.put("consents", 1L);
      b.scan(client.id(), 1, "rajan lomake");
      // a legal hold, so that reading it has a hold to show (without one it answers 204)
      HttpResponse<String> held =
          b.web()
              .putJsonWithToken(
                  "api/v1/cases/" + client.id() + "/legal-hold",
                  b.token("chair"),
                  "{\"reason\":\"rajan pito\"}");
      assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
      HttpResponse<String> link =
          b.web()
              .postJsonWithToken(
                  "api/v1/cases/" + client.id() + "/consent-links",
                  b.token("caseworker"),
                  "{\"purpose\":\"WITHDRAW\",\"language\":\"fi\"}");
      assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
      ids.put("consent-links", World.json(link.body()).getJsonNumber("id").longValue());

      // its chair plans a meeting with the partner invited, minutes, a busy time, an action, a
      // series; its case worker the follow-up
      OffsetDateTime start = World.at(47, 9);
      markers.put("place", "Rajan kokoushuone " + suffix);
      long meeting = b.meeting(start, Duration.ofHours(3), markers.get("place"));
      ids.put("meetings", meeting);
      long slot = b.slot(meeting, client, start);
      ids.put("slots", slot);
      b.invite(meeting, slot, ids.get("contacts"));
      JsonObject planned =
          World.json(b.web().getWithToken("api/v1/meetings/" + meeting, b.token("chair")).body());
      ids.put(
          "invitees",
          planned.getJsonArray("slots").getJsonObject(0).getJsonArray("invitees").stream()
              .mapToLong(i -> i.asJsonObject().getJsonNumber("id").longValue())
              .max()
              .orElseThrow());
      // minutes approved and sent (the partner's copy), then a correction open
      long approved = b.approveMinutes(meeting);
      HttpResponse<String> sent =
          b.web()
              .postJsonWithToken(
                  "api/v1/meetings/" + meeting + "/minutes/" + approved + "/distribution",
                  b.token("chair"),
                  "");
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
      ids.put(
          "minutes-copies",
          World.json(sent.body())
              .getJsonArray("copies")
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue());
      JsonObject minutes =
          World.json(
              b.web()
                  .postJsonWithToken(
                      "api/v1/meetings/" + meeting + "/minutes", b.token("chair"), "")
                  .body());
      ids.put("minutes", minutes.getJsonNumber("id").longValue());
      versions.put("minutes", minutes.getJsonNumber("version").longValue());
      markers.put("busy", "Rajan varattu " + suffix);
      ids.put(
          "busy-times",
          id(
              b.web()
                  .postJsonWithToken(
                      "api/v1/busy-times",
                      b.token("chair"),
                      "{\"whose\":\"CONTACT\",\"id\":"
                          + ids.get("contacts")
                          + ",\"start\":\""
                          + start.plusDays(1)
                          + "\",\"end\":\""
                          + start.plusDays(1).plusHours(1)
                          + "\",\"note\":"
                          + World.quote(markers.get("busy"))
                          + "}")));
      markers.put("action", "Rajan tehtävä " + suffix);
      ids.put(
          "actions",
          b.action(
              slot,
              markers.get("action"),
              markers.get("organisation"),
              null,
              LocalDate.now(World.HELSINKI).plusWeeks(3)));
      // a need recorded in the slot and the client referred to the partner's service for it
      ids.put("referrals", b.refer(slot, ids.get("services"), "HOUSING_COUNSELLING", "DETOX"));
      markers.put("series", "Rajan sarja " + suffix);
      ids.put(
          "meeting-series",
          id(
              b.web()
                  .postJsonWithToken(
                      "api/v1/meeting-series",
                      b.token("chair"),
                      "{\"title\":"
                          + World.quote(markers.get("series"))
                          + ",\"rrule\":\"FREQ=MONTHLY;BYDAY=2TU\",\"firstDate\":\""
                          + LocalDate.now(World.HELSINKI).plusMonths(6)
                          + "\",\"start\":\"09:00\",\"end\":\"12:00\",\"place\":"
                          + World.quote(markers.get("place"))
                          + "}")));
      HttpResponse<String> points =
          b.web()
              .postJsonWithToken(
                  "api/v1/cases/" + client.id() + "/follow-up", b.token("caseworker"), "");
      assertThat(points.statusCode()).as(points.body()).isEqualTo(200);
      JsonObject point = array(points.body()).getJsonObject(0);
      ids.put("follow-up", point.getJsonNumber("id").longValue());
      versions.put("follow-up", point.getJsonNumber("version").longValue());

      // the versions a change names, as the region's own people read them
      versions.put("cases", version(b, "caseworker", "api/v1/cases/" + client.id(), null));
      versions.put(
          "actions", version(b, "chair", "api/v1/actions/organisation", ids.get("actions")));
      versions.put("staff", version(b, "admin", "api/v1/staff", ids.get("staff")));
      versions.put("services", version(b, "admin", "api/v1/services/" + ids.get("services"), null));

      // the invitation waits for a retry (no secure relay), and someone other than the invited
      // partner answers it by mail: the inbox keeps the answer for the region's administrator
      String uid =
          array(
                  b.web()
                      .getWithToken("api/v1/meetings/" + meeting + "/invitations", b.token("chair"))
                      .body())
              .getJsonObject(0)
              .getString("uid");
      String replyText = "Rajan takaa vastaus " + suffix;
      World.replyByStranger(
          uid, "ulkopuolinen-" + suffix + "@elsewhere.test", contactMail, replyText);
      ids.put(
          "replies",
          await(
              "the kept reply in the administrator's list",
              () -> array(b.web().getWithToken("api/v1/replies", adminToken).body()),
              r -> uid.equals(r.getString("uid", null))));
      ids.put(
          "deliveries",
          await(
              "the invitation waiting for a retry in the administrator's list",
              () ->
                  World.json(b.web().getWithToken("api/v1/deliveries", adminToken).body())
                      .getJsonArray("troubled"),
              d -> contactMail.equals(d.getString("recipient", null))));

      return new RegionB(
          b,
          suffix,
          Map.of("admin", admin, "chair", chair, "caseworker", worker),
          ids,
          markers,
          versions,
          start,
          replyText);
    }

    long id(String kind) {
      Long id = ids.get(kind);
      if (id == null) {
        fail(
            "a path has a parameter after '"
                + kind
                + "/', and RegionBoundaryIT makes no object of that kind in the other region:"
                + " make one in RegionBoundaryIT.RegionB.make(...)");
      }
      return id;
    }

    World.Login login(String role) {
      return logins.get(role);
    }

    String name(String marker) {
      return markers.get(marker);
    }

    /** The query a list needs (e.g. a date range that covers the other region's objects). */
    String query(String list) {
      OffsetDateTime from = start.minusDays(7);
      OffsetDateTime to = start.plusDays(14);
      return switch (list) {
        case "/api/v1/meetings" ->
            "?from=" + from.toLocalDate() + "&to=" + to.toLocalDate() + "&limit=500";
        case "/api/v1/busy-times" ->
            "?from=" + enc(from.toString()) + "&to=" + enc(to.toString()) + "&limit=500";
        case "/api/v1/cases/search",
            "/api/v1/meetings/search",
            "/api/v1/actions/search",
            "/api/v1/deliveries/search" ->
            "?limit=200";
        // a list's longest page: a leak must not hide beyond the first page of the whole run's data
        default -> "?limit=500";
      };
    }

    /** The other region's ids a list of the demo region's shows, named by kind. */
    List<String> idsIn(String list, String body) {
      Map<String, String> kinds =
          Map.of(
              "/api/v1/meetings", "meetings",
              "/api/v1/busy-times", "busy-times",
              "/api/v1/actions", "actions",
              "/api/v1/actions/organisation", "actions",
              "/api/v1/actions/overdue", "actions",
              "/api/v1/meeting-series", "meeting-series",
              "/api/v1/staff", "staff",
              "/api/v1/replies", "replies",
              "/api/v1/services", "services");
      List<String> found = new ArrayList<>();
      if (!body.stripLeading().startsWith("[") && !body.stripLeading().startsWith("{")) {
        // not JSON (the catalogue's CSV export): its markers are checked by the caller
        return found;
      }
      JsonValue read = Json.createReader(new StringReader(body)).readValue();
      if (kinds.containsKey(list)) {
        idsOf(read.asJsonArray(), "id", kinds.get(list), found);
      }
      switch (list) {
        case "/api/v1/cases" -> idsOf(read.asJsonArray(), "caseId", "cases", found);
        case "/api/v1/referrals" -> idsOf(read.asJsonArray(), "id", "referrals", found);
        case "/api/v1/deliveries" ->
            idsOf(read.asJsonObject().getJsonArray("troubled"), "id", "deliveries", found);
        case "/api/v1/cases/search" ->
            idsOf(read.asJsonObject().getJsonArray("entries"), "caseId", "cases", found);
        case "/api/v1/meetings/search" ->
            idsOf(read.asJsonObject().getJsonArray("entries"), "id", "meetings", found);
        case "/api/v1/actions/search" ->
            idsOf(read.asJsonObject().getJsonArray("entries"), "id", "actions", found);
        case "/api/v1/deliveries/search" ->
            idsOf(read.asJsonObject().getJsonArray("entries"), "id", "deliveries", found);
        case "/api/v1/organisations" -> {
          for (JsonValue o : read.asJsonArray()) {
            long id =
                o.asJsonObject().getJsonObject("organisation").getJsonNumber("id").longValue();
            if (id == ids.get("organisations") || id == ids.get("prison")) {
              found.add("organisation " + id);
            }
          }
        }
        default -> {}
      }
      return found;
    }

    private void idsOf(JsonArray list, String field, String kind, List<String> found) {
      for (JsonValue element : list) {
        JsonObject o = element.asJsonObject();
        if (o.containsKey(field) && o.getJsonNumber(field).longValue() == ids.get(kind)) {
          found.add(kind + " " + ids.get(kind));
        }
      }
    }

    /**
     * What the other region's own people read of its objects, by read: compared before and after
     * the demo region's people tried them.
     */
    Map<String, String> snapshot() throws Exception {
      Map<String, String> read = new LinkedHashMap<>();
      if (!ids.containsKey("meetings")) {
        read.put("organisations", get("admin", "api/v1/organisations"));
        return read;
      }
      long meeting = ids.get("meetings");
      long clientCase = ids.get("cases");
      String[][] reads = {
        {"chair", "api/v1/meetings/" + meeting},
        {"chair", "api/v1/meetings/" + meeting + "/minutes"},
        {"chair", "api/v1/meeting-series"},
        {"chair", "api/v1/busy-times" + query("/api/v1/busy-times")},
        {"chair", "api/v1/actions/organisation"},
        {"caseworker", "api/v1/cases/" + clientCase},
        {"caseworker", "api/v1/cases/" + clientCase + "/consents"},
        {"caseworker", "api/v1/cases/" + clientCase + "/follow-up"},
        {"admin", "api/v1/organisations"},
        {"admin", "api/v1/staff"},
        {"admin", "api/v1/replies"}
      };
      for (String[] r : reads) {
        read.put(r[1], get(r[0], r[1]));
      }
      read.put(
          "delivery " + ids.get("deliveries"),
          EmbeddedServices.stringValue(
              "select status || ' ' || coalesce(superseded_reason, '') from outbound_message"
                  + " where id = "
                  + ids.get("deliveries")));
      read.put(
          "kept reply " + ids.get("replies"),
          EmbeddedServices.stringValue(
              "select coalesce(handled_by, 'not handled') from inbound_reply where id = "
                  + ids.get("replies")));
      return read;
    }

    private String get(String user, String path) throws Exception {
      HttpResponse<String> answer = world.web().getWithToken(path, world.token(user));
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
      return answer.body();
    }

    /**
     * A minimal valid body of each endpoint that takes one (else {@code {}} as JSON), by its own
     * people: with a parameter for this region's objects, at the top of a collection a new one.
     */
    Body body(String endpoint) throws Exception {
      long meetingVersion = world.version(ids.get("meetings"));
      String date = LocalDate.now(World.HELSINKI).plusMonths(7).toString();
      String text =
          switch (endpoint) {
            case "PUT services/*" ->
                "{\"version\":0,\"kind\":\"OTHER\",\"nameFi\":\"Vieras\","
                    + "\"referralWays\":[\"PHONE\"]}";
            case "PUT slots/*/needs" -> "{\"kinds\":[\"HOUSING_COUNSELLING\",\"DETOX\"]}";
            case "POST slots/*/referrals" -> "{\"serviceId\":" + ids.get("services") + "}";
            case "POST slots/*/consent-requests" ->
                "{\"serviceId\":" + ids.get("services") + ",\"language\":\"fi\"}";
            case "PUT referrals/*" -> "{\"version\":0,\"state\":\"ACCEPTED\"}";
            case "PUT cases/*/referral" ->
                "{\"version\":" + versions.get("cases") + ",\"referral\":{\"WISHES\":\"vieras\"}}";
            case "PUT cases/*/legal-hold" -> "{\"reason\":\"vieras pito\"}";
            case "PUT retention/periods" -> "{\"kind\":\"KEPT_MAIL\",\"days\":180}";
            case "POST meetings/*/slots/*/review" -> "{\"version\":0,\"reason\":\"vieras\"}";
            case "PUT cases/*/release" ->
                "{\"version\":"
                    + versions.get("cases")
                    + ",\"expectedReleaseDate\":\""
                    + date
                    + "\",\"institutionId\":1}";
            case "POST cases/*/consents" ->
                "{\"validUntil\":\""
                    + date
                    + "\",\"textVersion\":\"fi-2026-1\",\"replacesVersion\":1,\"grants\":[{"
                    + "\"organisationId\":"
                    + ids.get("organisations")
                    + ",\"categories\":[\"IDENTITY_AND_RELEASE\"]}]}";
            case "PUT cases/*/consents/*/scan" -> null;
            case "POST cases/*/consents/withdrawals" -> "{\"wholly\":true}";
            case "PUT cases/*/follow-up/*" ->
                "{\"version\":"
                    + versions.get("follow-up")
                    + ",\"housedBeforeRelease\":true,\"note\":\"vieras\"}";
            case "POST cases/*/follow-up/closing" -> "{\"outcome\":\"HOUSED\",\"note\":\"vieras\"}";
            case "PUT meetings/*" ->
                "{\"version\":"
                    + meetingVersion
                    + ",\"start\":\""
                    + start.plusHours(1)
                    + "\",\"end\":\""
                    + start.plusHours(2)
                    + "\",\"place\":\"vieras\",\"confirmed\":true}";
            case "POST meetings/*/cancellation" -> "{\"version\":" + meetingVersion + "}";
            case "POST meetings/*/slots" ->
                "{\"version\":"
                    + meetingVersion
                    + ",\"caseId\":"
                    + ids.get("cases")
                    + ",\"start\":\""
                    + start.plusHours(1)
                    + "\",\"lengthMinutes\":45,\"attendance\":\"IN_PERSON\"}";
            case "PUT meetings/*/slots/*" ->
                "{\"version\":" + meetingVersion + ",\"start\":\"" + start.plusHours(1) + "\"}";
            case "PUT meetings/*/slot-order" ->
                "{\"version\":" + meetingVersion + ",\"slotIds\":[" + ids.get("slots") + "]}";
            case "PUT meetings/*/slots/*/attendance" ->
                "{\"version\":" + meetingVersion + ",\"attendance\":\"NOT_ATTENDING\"}";
            case "POST meetings/*/slots/*/invitees" ->
                "{\"version\":"
                    + meetingVersion
                    + ",\"contactPersonId\":"
                    + ids.get("contacts")
                    + "}";
            case "PUT meetings/*/slot-times" ->
                "{\"version\":"
                    + meetingVersion
                    + ",\"slots\":[{\"slotId\":"
                    + ids.get("slots")
                    + ",\"start\":\""
                    + start.plusHours(1)
                    + "\"}]}";
            case "POST meetings/*/minutes/*/review", "POST meetings/*/minutes/*/approval" ->
                "{\"version\":" + versions.get("minutes") + "}";
            case "POST cases/*/consent-links" -> "{\"purpose\":\"WITHDRAW\",\"language\":\"fi\"}";
            case "PUT meetings/*/day/slots/*/record" -> "{\"decisions\":\"vieras\"}";
            case "PUT meetings/*/day/slots/*/invitees/*/attendance" ->
                "{\"attendance\":\"PRESENT\"}";
            case "POST meeting-series/*/generation" -> "{\"until\":\"" + date + "\"}";
            case "POST meeting-series/*/exceptions" -> "{\"date\":\"" + date + "\"}";
            case "PUT actions/*" ->
                "{\"version\":"
                    + versions.get("actions")
                    + ",\"status\":\"DONE\",\"note\":\"vieras\"}";
            case "PUT organisations/*" -> "{\"name\":\"Vieras nimi\",\"type\":\"NGO\"}";
            case "PUT organisations/*/webhook" -> "{\"url\":\"https://vieras.example.test/hook\"}";
            case "POST organisations/*/contacts", "PUT organisations/*/contacts/*" ->
                "{\"name\":\"Vieras Yhteys\",\"email\":\"vieras.yhteys@example.test\"}";
            case "PUT staff/*/roles" ->
                "{\"version\":" + versions.get("staff") + ",\"roles\":[\"ADMIN\"]}";
            case "POST staff/*/deactivation", "POST staff/*/reactivation" ->
                "{\"version\":" + versions.get("staff") + "}";
            // what the region's own people make at the top of each collection
            case "POST cases" ->
                "{\"fullName\":\"Vieras Vanki\",\"dateOfBirth\":\"1985-03-14\",\"kind\":\"PRISONER\","
                    + "\"institutionId\":"
                    + ids.get("prison")
                    + ",\"expectedReleaseDate\":\""
                    + date
                    + "\",\"referral\":{\"WISHES\":\"vieras\"}}";
            case "POST meetings" ->
                "{\"start\":\""
                    + start.plusDays(2)
                    + "\",\"end\":\""
                    + start.plusDays(2).plusHours(3)
                    + "\",\"place\":\"vieras\"}";
            case "POST busy-times" ->
                "{\"whose\":\"CONTACT\",\"id\":"
                    + ids.get("contacts")
                    + ",\"start\":\""
                    + start.plusDays(3)
                    + "\",\"end\":\""
                    + start.plusDays(3).plusHours(1)
                    + "\",\"note\":\"vieras varaus\"}";
            case "POST actions" ->
                "{\"slotId\":"
                    + ids.get("slots")
                    + ",\"what\":\"vieras tehtävä\",\"responsible\":\"ORGANISATION\",\"organisationId\":"
                    + ids.get("organisations")
                    + ",\"due\":\""
                    + date
                    + "\"}";
            case "POST meeting-series" ->
                "{\"title\":\"vieras sarja\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2TU\",\"firstDate\":\""
                    + date
                    + "\",\"start\":\"09:00\",\"end\":\"12:00\",\"place\":\"vieras\"}";
            case "POST organisations" -> "{\"name\":\"Vieras Oy\",\"type\":\"NGO\"}";
            case "POST services" ->
                "{\"organisationId\":"
                    + ids.get("organisations")
                    + ",\"kind\":\"PEER_SUPPORT\",\"nameFi\":\"Vieras palvelu\","
                    + "\"referralWays\":[\"PHONE\"],\"informationNeeds\":[\"IDENTITY_AND_RELEASE\"]}";
            case "POST staff" ->
                "{\"username\":\"vieras-"
                    + suffix
                    + "\",\"displayName\":\"Vieras\",\"email\":\"vieras-"
                    + suffix
                    + "@raja.test\",\"roles\":[\"CASE_WORKER\"],\"organisationId\":"
                    + ids.get("prison")
                    + "}";
            case "POST regions" -> "{\"code\":\"vieras-" + suffix + "\",\"name\":\"Vieras alue\"}";
            case "PUT regions/*/settings" -> "{\"minutesNeedSecondPerson\":true}";
            case FIRST_ADMINISTRATOR ->
                "{\"username\":\"vieras-admin-"
                    + suffix
                    + "\",\"displayName\":\"Vieras\",\"email\":\"vieras.admin@example.test\"}";
            default -> "{}";
          };
      return text == null
          ? new Body("application/pdf", "%PDF-1.4 vieras lomake")
          : new Body("application/json", text);
    }

    record Body(String contentType, String text) {}

    /**
     * The version of what {@code path} reads, or of the element {@code id} of the list it reads.
     */
    private static long version(World world, String user, String path, Long id) throws Exception {
      HttpResponse<String> read = world.web().getWithToken(path, world.token(user));
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      JsonObject object =
          id == null
              ? World.json(read.body())
              : array(read.body()).stream()
                  .map(JsonValue::asJsonObject)
                  .filter(o -> o.getJsonNumber("id").longValue() == id)
                  .findFirst()
                  .orElseThrow(() -> new AssertionError(id + " not in " + read.body()));
      return object.getJsonNumber("version").longValue();
    }

    static long id(HttpResponse<String> created) {
      assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
      return World.json(created.body()).getJsonNumber("id").longValue();
    }

    static JsonArray array(String body) {
      return Json.createReader(new StringReader(body)).readArray();
    }

    private static String enc(String text) {
      return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The id of the first element the list (read again until then, up to 30 s) has that matches.
     */
    static long await(
        String what,
        java.util.concurrent.Callable<JsonArray> list,
        java.util.function.Predicate<JsonObject> matching) {
      return Awaitility.await(what)
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> list.call().stream().map(JsonValue::asJsonObject).filter(matching).findFirst(),
              Optional::isPresent)
          .orElseThrow()
          .getJsonNumber("id")
          .longValue();
    }
  }
}
