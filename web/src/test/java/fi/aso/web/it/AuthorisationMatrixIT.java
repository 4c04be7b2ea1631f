package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.aso.config.DemoAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix: every REST endpoint of the OpenAPI document and every page and servlet
 * of the WAR, called by every kind of caller (anonymous, each role, a partner of an organisation
 * the client did not consent to, the users of another region, a deactivated user) on the demo
 * region's objects, and each answer compared with the allow/deny table written down in {@code
 * authorisation-matrix.csv} (which also says what counts as allowed). An endpoint, page or servlet
 * without a row fails the test by name, as does a row for one that no longer exists.
 *
 * <p>The test prints the matrix (and writes it to {@code target/authorisation-matrix.txt}) with
 * each cell's expected letter and actual status, counts the wrong allows and wrong denies, and
 * fails listing every mismatch.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

  /** The table's caller columns, in order. */
  static final List<String> CALLERS =
      List.of(
          "anonymous",
          "admin",
          "chair",
          "caseworker",
          "partner",
          "outsider",
          "b-admin",
          "b-chair",
          "b-caseworker",
          "deactivated");

  /** A version no object ever has: a change based on it is refused as stale after every check. */
  private static final String STALE = "-1";

  private static final String PROBATION_OFFICE = "Joensuun yhdyskuntaseuraamustoimisto";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

  @ArquillianResource URL deployed;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final AtomicInteger calls = new AtomicInteger();
  private URI base;
  private World a;
  private RegionBoundaryIT.RegionB theirs;
  private String suffix;

  /** The demo region's objects by kind (as path parameters name them), made by this test. */
  private final Map<String, Long> ids = new HashMap<>();

  /** What a page shows of an object, by the kind the table's "shows" column names. */
  private final Map<String, String> markers = new HashMap<>();

  /** The values of a page row's {placeholders} that are not ids of {@link #ids}. */
  private final Map<String, String> pageValues = new HashMap<>();

  /** Rows that destroy their object have one of their own: endpoint, then kind and id. */
  private final Map<String, Map<String, Long>> ownObjects = new HashMap<>();

  private final Map<String, Caller> callers = new LinkedHashMap<>();
  private OffsetDateTime start;
  private String contactName;
  private String contactEmail;
  private String organisationName;

  /** One kind of caller: how it signs in, its bearer token and its page session. */
  record Caller(
      String name, World.Login login, String token, WebClient pages, boolean otherRegion) {}

  /** One row of the table. */
  record Row(
      String surface,
      String method,
      String path,
      Map<String, Boolean> allowed,
      String shows,
      String reason) {

    boolean api() {
      return surface.equals("API");
    }

    String name() {
      return method + " " + path;
    }

    static List<Row> read() throws IOException {
      List<Row> rows = new ArrayList<>();
      try (InputStream in =
          AuthorisationMatrixIT.class.getResourceAsStream("/authorisation-matrix.csv")) {
        assertThat(in).as("authorisation-matrix.csv on the test class path").isNotNull();
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        String header = "surface,method,path," + String.join(",", CALLERS) + ",shows,reason";
        boolean headerSeen = false;
        for (String line : lines) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (!headerSeen) {
            assertThat(line).as("the table's header").isEqualTo(header);
            headerSeen = true;
            continue;
          }
          String[] f = line.split(",", CALLERS.size() + 5);
          assertThat(f).as("the fields of " + line).hasSize(CALLERS.size() + 5);
          Map<String, Boolean> allowed = new LinkedHashMap<>();
          for (int i = 0; i < CALLERS.size(); i++) {
            String cell = f[3 + i].strip();
            assertThat(cell).as(CALLERS.get(i) + " in " + line).isIn("A", "D");
            allowed.put(CALLERS.get(i), cell.equals("A"));
          }
          assertThat(f[0]).as("the surface of " + line).isIn("API", "PAGE");
          rows.add(
              new Row(
                  f[0],
                  f[1],
                  f[2],
                  allowed,
                  f[CALLERS.size() + 3].strip(),
                  f[CALLERS.size() + 4].strip()));
        }
      }
      return rows;
    }
  }

  /** What a caller got: allowed, denied, or an answer that is neither (a test or platform bug). */
  enum Outcome {
    ALLOWED,
    DENIED,
    UNEXPECTED
  }

  /**
   * What a caller got: the status and what it says besides (a problem's code; "unlisted" or
   * "unshown": without the object; "login" or "elsewhere": where a redirect goes).
   */
  record Answer(Outcome outcome, int status, String detail, String body) {

    String said() {
      return detail.isEmpty() ? String.valueOf(status) : status + " " + detail;
    }

    /** The status in a few characters, for the matrix. */
    String cell() {
      return status
          + switch (detail) {
            case "unlisted", "unshown" -> "-";
            case "login" -> "L";
            case "elsewhere" -> ">";
            default -> "";
          };
    }

    /** Whether the answer carried a problem code. */
    boolean coded() {
      return !detail.isEmpty()
          && !Set.of("unlisted", "unshown", "login", "elsewhere").contains(detail);
    }
  }

  @Test
  void everyEndpointAndPageAnswersEveryKindOfCallerAsTheTableSays() throws Exception {
    base = Platform.base(deployed);
    a = new World(base);
    List<Row> table = Row.read();
    List<String[]> endpoints = Endpoints.of(a.web().get("openapi").body());
    assertThat(coverage(table, endpoints))
        .as(
            "every endpoint of the OpenAPI document, every page and every servlet has a row in"
                + " authorisation-matrix.csv, and every row names one that exists: add the new"
                + " one's row (who may use it), or remove the old one's")
        .isEmpty();

    prepare();

    List<String> wrongAllows = new ArrayList<>();
    List<String> wrongDenies = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    report.append(
        "Authorisation matrix. A cell: the expected A(llowed) or D(enied), then the status"
            + " (200-: without the object; 302L: to the login page; 302>: elsewhere); !! marks a"
            + " mismatch. After the cells: the problem codes of the answers.\n");
    report.append(String.format("%-74s", "row"));
    CALLERS.forEach(c -> report.append(String.format(" %-12s", c)));
    report.append('\n');
    int cells = 0;
    for (Row row : table) {
      Map<String, Answer> answers = new HashMap<>();
      // those who should be refused go first, so that an allowed change cannot hide a refusal
      List<String> order = new ArrayList<>(CALLERS);
      order.sort(Comparator.comparing(row.allowed()::get));
      for (String name : order) {
        Caller caller = callers.get(name);
        answers.put(name, row.api() ? api(row, caller) : page(row, caller));
      }
      report.append(String.format("%-74s", row.surface() + " " + row.name()));
      for (String name : CALLERS) {
        cells++;
        boolean expected = row.allowed().get(name);
        Answer answer = answers.get(name);
        boolean ok = answer.outcome() == (expected ? Outcome.ALLOWED : Outcome.DENIED);
        report.append(
            String.format(" %-12s", (expected ? "A " : "D ") + answer.cell() + (ok ? "" : " !!")));
        if (ok) {
          continue;
        }
        String what =
            name
                + ": "
                + row.surface()
                + " "
                + row.name()
                + " answered "
                + answer.said()
                + " ("
                + row.reason()
                + "): "
                + abbreviated(answer.body());
        switch (answer.outcome()) {
          case ALLOWED -> wrongAllows.add(what);
          case DENIED -> wrongDenies.add(what);
          case UNEXPECTED -> unexpected.add(what);
        }
      }
      CALLERS.stream()
          .map(answers::get)
          .filter(Answer::coded)
          .map(Answer::said)
          .distinct()
          .forEach(said -> report.append("  ").append(said));
      report.append('\n');
    }
    long apiRows = table.stream().filter(Row::api).count();
    String summary =
        String.format(
            "%d rows (%d API endpoints, %d pages and servlets) x %d kinds of caller = %d cells"
                + " checked: %d wrong allows, %d wrong denies, %d unexpected answers",
            table.size(),
            apiRows,
            table.size() - apiRows,
            CALLERS.size(),
            cells,
            wrongAllows.size(),
            wrongDenies.size(),
            unexpected.size());
    report.append(summary).append('\n');
    wrongAllows.forEach(w -> report.append("WRONG ALLOW  ").append(w).append('\n'));
    wrongDenies.forEach(w -> report.append("WRONG DENY   ").append(w).append('\n'));
    unexpected.forEach(w -> report.append("UNEXPECTED   ").append(w).append('\n'));
    System.out.println(report);
    Files.writeString(Path.of("target", "authorisation-matrix.txt"), report);

    assertThat(cells).isEqualTo(table.size() * CALLERS.size());
    List<String> mismatches = new ArrayList<>();
    wrongAllows.forEach(w -> mismatches.add("WRONG ALLOW " + w));
    wrongDenies.forEach(w -> mismatches.add("WRONG DENY " + w));
    unexpected.forEach(w -> mismatches.add("UNEXPECTED " + w));
    assertThat(mismatches)
        .as(
            summary
                + ". A wrong allow is a security bug (or a table that was wrong: fix it with its"
                + " reason); an unexpected answer with 400 request.* is this test's malformed"
                + " request: give the endpoint a valid body in body(...)")
        .isEmpty();
  }

  /**
   * What the table misses or names in vain: every operation of the OpenAPI document, every Faces
   * page and every servlet needs a row; every API row must be an operation of the document.
   */
  private static List<String> coverage(List<Row> table, List<String[]> endpoints)
      throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> documented = new LinkedHashSet<>();
    endpoints.forEach(e -> documented.add(e[0] + " " + e[1]));
    Set<String> apiRows = new LinkedHashSet<>();
    for (Row row : table) {
      if (row.api() && !apiRows.add(row.name())) {
        problems.add("two rows for " + row.name());
      }
    }
    documented.stream()
        .filter(e -> !apiRows.contains(e))
        .map(e -> "no row for the endpoint " + e)
        .forEach(problems::add);
    apiRows.stream()
        .filter(r -> !documented.contains(r))
        .map(r -> "a row for " + r + ", which the OpenAPI document does not have")
        .forEach(problems::add);
    List<String> pagePaths =
        table.stream().filter(r -> !r.api()).map(r -> r.path().replaceFirst("\\?.*$", "")).toList();
    for (String page : Endpoints.pages()) {
      if (!pagePaths.contains("/" + page)) {
        problems.add("no row for the page /" + page);
      }
    }
    for (String servlet : Endpoints.servlets()) {
      boolean covered =
          servlet.endsWith("/*")
              ? pagePaths.stream()
                  .anyMatch(p -> p.startsWith(servlet.substring(0, servlet.length() - 1)))
              : pagePaths.contains(servlet);
      if (!covered) {
        problems.add("no row for the servlet " + servlet);
      }
    }
    return problems;
  }

  /**
   * The other region, the demo region's objects of every kind the table's rows name, and a
   * signed-in caller of every kind: all made through the API and the pages, as their users would.
   */
  private void prepare() throws Exception {
    theirs = RegionBoundaryIT.RegionB.make(base, a, true);
    suffix = Long.toString(System.nanoTime() % 1_000_000L);
    String password = "matriisin pitka salasana " + suffix;

    // the outsider's organisation (consent never names it) with contact persons for the network
    // rows, and the outsider: a partner user acting as one of them
    organisationName = "Matriisin Ulkojarjesto " + suffix;
    long organisation =
        created("admin", "api/v1/organisations", orgBody(organisationName, "NGO", "EMAIL"));
    ids.put("organisations", organisation);
    long outsiderContact =
        contact(organisation, "Ulla Ulkopuolinen", "ulla-" + suffix + "@matriisi.test");
    contactName = "Kaisa Kohde " + suffix;
    contactEmail = "kaisa-" + suffix + "@matriisi.test";
    ids.put("contacts", contact(organisation, contactName, contactEmail));
    ownObjects.put(
        "DELETE organisations/*/contacts/*",
        Map.of(
            "contacts",
            contact(organisation, "Kalevi Poistuva", "kalevi-" + suffix + "@matriisi.test")));
    long feedContact = contact(organisation, "Veikko Syote", "veikko-" + suffix + "@matriisi.test");
    World.Login outsider = new World.Login("matriisi-ulko-" + suffix, password);
    a.staffAccount(
        outsider.username(),
        "Ulla Ulkopuolinen",
        "ulla.tili-" + suffix + "@matriisi.test",
        "PARTNER",
        null,
        outsiderContact,
        password);
    markers.put("contact", contactEmail);

    // a secure-mail organisation, whose invitations wait: there is no secure relay here
    String secureName = "Matriisin Turvaposti " + suffix;
    long secure =
        created(
            "admin",
            "api/v1/organisations",
            orgBody(secureName, "RENTAL_HOUSING_COMPANY", "SECURE_EMAIL"));
    String firstSecure = "sanna-" + suffix + "@turvaposti.test";
    String secondSecure = "sakari-" + suffix + "@turvaposti.test";
    long sanna = contact(secure, "Sanna Suojattu", firstSecure);
    long sakari = contact(secure, "Sakari Suojattu", secondSecure);

    // the client: consent for Kodit and the secure-mail organisation, with the form's scan
    World.Client client = a.referClient("Matti", "Matriisi");
    ids.put("cases", client.id());
    markers.put("case", client.name());
    a.consent(
        client,
        World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
        World.grant(secureName, World.IDENTITY));
    ids.put("consents", 1L);
    // a link for the client to withdraw it (revoked by its row: revoking again changes nothing)
    HttpResponse<String> link =
        a.web()
            .postJsonWithToken(
                "api/v1/cases/" + client.id() + "/consent-links",
                a.token("caseworker"),
                "{\"purpose\":\"WITHDRAW\",\"language\":\"fi\"}");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
    ids.put("consent-links", World.json(link.body()).getJsonNumber("id").longValue());
    a.scan(client.id(), 1, "Matriisin lomake");
    HttpResponse<String> planned =
        a.web()
            .postJsonWithToken(
                "api/v1/cases/" + client.id() + "/follow-up", a.token("caseworker"), "");
    assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
    ids.put(
        "follow-up",
        RegionBoundaryIT.RegionB.array(planned.body())
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue());

    // their meeting, with Kalle and the secure-mail organisation's two contacts invited
    start = World.at(50, 9);
    String place = "Matriisin kokoushuone " + suffix;
    long meeting = a.meeting(start, Duration.ofHours(3), place);
    ids.put("meetings", meeting);
    markers.put("meeting", place);
    long slot = a.slot(meeting, client, start);
    ids.put("slots", slot);
    a.invite(meeting, slot, World.KALLE);
    a.invite(meeting, slot, sanna);
    a.invite(meeting, slot, sakari);
    long kalle = World.contact(World.KALLE);
    ids.put(
        "invitees",
        World.json(a.web().getWithToken("api/v1/meetings/" + meeting, a.token("chair")).body())
            .getJsonArray("slots")
            .getJsonObject(0)
            .getJsonArray("invitees")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(
                i ->
                    i.get("contactPersonId") instanceof JsonNumber contact
                        && contact.longValue() == kalle)
            .mapToLong(i -> i.getJsonNumber("id").longValue())
            .findFirst()
            .orElseThrow());
    String actionText = "Matriisin tehtava " + suffix;
    markers.put("action", actionText);
    ids.put(
        "actions",
        a.action(
            slot,
            actionText,
            World.KODIT,
            World.KALLE,
            LocalDate.now(World.HELSINKI).plusWeeks(3)));

    // a service of Kodit's in the region's catalogue (the retire row has its own)
    String serviceName = "Matriisin palvelu " + suffix;
    markers.put("service", serviceName);
    ids.put(
        "services",
        created(
            "admin", "api/v1/services", serviceBody(World.organisation(World.KODIT), serviceName)));

    // the client referred to that service for a need recorded in the slot (Kodit is consented)
    ids.put("referrals", a.refer(slot, ids.get("services"), "HOUSING_COUNSELLING"));
    markers.put("referral", serviceName);
    pageValues.put(
        "referral-answer",
        World.referralAnswerLink(ids.get("referrals"), World.KALLE)
            .getPath()
            .replaceFirst("^/referral-answer/", ""));

    // busy times (the removal row has its own), a series, an account
    ids.put("busy-times", busyTime(ids.get("contacts"), start.plusDays(1), "Matriisin varaus"));
    ownObjects.put(
        "DELETE busy-times/*",
        Map.of(
            "busy-times",
            busyTime(ids.get("contacts"), start.plusDays(2), "Matriisin poistettava varaus")));
    ids.put(
        "meeting-series",
        created(
            "chair",
            "api/v1/meeting-series",
            "{\"title\":\"Matriisin sarja "
                + suffix
                + "\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2TU\",\"firstDate\":\""
                + LocalDate.now(World.HELSINKI).plusMonths(10)
                + "\",\"start\":\"09:00\",\"end\":\"12:00\",\"place\":\"Matriisin sarjapaikka\"}"));
    String staffName = "matriisi-kohde-" + suffix;
    markers.put("staff", staffName);
    ids.put(
        "staff",
        created(
            "admin", "api/v1/staff", staffBody(staffName, World.organisation(PROBATION_OFFICE))));

    // the other region asks to work with the outsider's organisation, and is refused
    HttpResponse<String> asked =
        theirs
            .world()
            .web()
            .postJsonWithToken(
                "api/v1/organisations/" + organisation + "/join",
                theirs.world().token("admin"),
                "");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    long request =
        find(
                "admin",
                "api/v1/organisations/share-requests",
                r -> r.getJsonNumber("organisationId").longValue() == organisation)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> refused =
        a.web()
            .postJsonWithToken(
                "api/v1/organisations/" + organisation + "/share-requests/" + request + "/refusal",
                a.token("admin"),
                "");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(204);
    ids.put("share-requests", request);

    // the secure-mail invitations wait for a retry (the retry row has its own)
    markers.put("delivery", firstSecure);
    ids.put("deliveries", troubled(firstSecure));
    ownObjects.put("POST deliveries/*/retry", Map.of("deliveries", troubled(secondSecure)));

    // two strangers answer Kalle's invitation by mail: kept for the region's administrators
    String uid =
        find("chair", "api/v1/meetings/" + meeting + "/invitations", i -> true).getString("uid");
    ids.put("replies", keptReply(uid, "vieras-" + suffix + "@elsewhere.test"));
    ownObjects.put(
        "POST replies/*/handled",
        Map.of("replies", keptReply(uid, "toinen-" + suffix + "@elsewhere.test")));

    // the public links: a calendar feed, Kalle's join and answer links
    HttpResponse<String> feed =
        a.web()
            .postJsonWithToken(
                "api/v1/organisations/"
                    + organisation
                    + "/contacts/"
                    + feedContact
                    + "/calendar-feed",
                a.token("admin"),
                "");
    assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
    Matcher token =
        Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics")
            .matcher(World.json(feed.body()).getString("url"));
    assertThat(token.find()).as(feed.body()).isTrue();
    pageValues.put("feed", token.group(1));
    pageValues.put(
        "join",
        find("partner", "api/v1/my-slots", s -> s.getJsonNumber("slotId").longValue() == slot)
            .getString("joinToken"));
    pageValues.put(
        "answer", World.answerLink(slot, World.KALLE).getPath().replaceFirst("^/answer/", ""));

    // the regions: the demo region's own
    String code =
        World.json(a.web().getWithToken("api/v1/me", a.token("admin")).body())
            .getString("regionCode");
    ids.put(
        "regions",
        find("admin", "api/v1/regions", r -> r.getString("code").equals(code))
            .getJsonNumber("id")
            .longValue());

    // every kind of caller, signed in for the API and for the pages
    callers.put(
        "anonymous",
        new Caller(
            "anonymous",
            new World.Login("caseworker", DemoAccounts.PASSWORD),
            null,
            new WebClient(base),
            false));
    for (String demo : List.of("admin", "chair", "caseworker", "partner")) {
      caller(demo, new World.Login(demo, DemoAccounts.PASSWORD), false);
    }
    caller("outsider", outsider, false);
    for (String role : List.of("admin", "chair", "caseworker")) {
      caller("b-" + role, theirs.login(role), true);
    }
    World.Login leaving = new World.Login("matriisi-poistuva-" + suffix, password);
    long leavingId =
        a.staffAccount(
            leaving.username(),
            "Pertti Poistuva",
            "pertti-" + suffix + "@matriisi.test",
            "CHAIR",
            World.organisation(PROBATION_OFFICE),
            null,
            password);
    caller("deactivated", leaving, false);

    // the minutes, approved and sent to the participants from the meeting-day page: Kalle's copy
    long minutes = a.approveMinutes(meeting);
    ids.put("minutes", minutes);
    HttpResponse<String> sent =
        callers
            .get("chair")
            .pages()
            .submit("meetings/day.xhtml?id=" + meeting, "minutes", "send", Map.of());
    assertThat(sent.statusCode()).as(sent.body()).isIn(200, 302);
    pageValues.put(
        "copy",
        EmbeddedServices.stringValue(
            "select max(id) from minutes_copy where minutes_id = "
                + minutes
                + " and recipient = '"
                + World.KALLE
                + "'"));
    assertThat(pageValues.get("copy")).as("Kalle's copy of the minutes").isNotNull();
    ids.put("minutes-copies", Long.valueOf(pageValues.get("copy")));

    // and the chair leaves: deactivated after their token and page session were taken
    long version =
        find("admin", "api/v1/staff", s -> s.getJsonNumber("id").longValue() == leavingId)
            .getJsonNumber("version")
            .longValue();
    HttpResponse<String> deactivated =
        a.web()
            .postJsonWithToken(
                "api/v1/staff/" + leavingId + "/deactivation",
                a.token("admin"),
                "{\"version\":" + version + "}");
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
  }

  /** A caller signed in with a bearer token and, on its own client, with the login form. */
  private void caller(String name, World.Login login, boolean otherRegion) throws Exception {
    WebClient pages = new WebClient(base);
    HttpResponse<String> signedIn = pages.signIn(login.username(), login.password());
    assertThat(signedIn.statusCode()).as(name + " signs in: " + signedIn.body()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse(""))
        .as(name + " signs in")
        .doesNotContain("login");
    String token = a.web().token(login.username(), login.password());
    callers.put(name, new Caller(name, login, token, pages, otherRegion));
  }

  // --- the REST API ---

  private Answer api(Row row, Caller caller) throws Exception {
    String endpoint = row.method() + " " + Endpoints.normalised(row.path());
    Map<String, Long> own = ownObjects.getOrDefault(endpoint, Map.of());
    String path =
        Endpoints.fill(row.path(), kind -> own.containsKey(kind) ? own.get(kind) : id(kind, row));
    path += query(row);
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)));
    if (caller.token() != null) {
      request.header("Authorization", "Bearer " + caller.token());
    }
    if (row.path().equals("/api/v1/auth/token")) {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  "username="
                      + enc(caller.login().username())
                      + "&password="
                      + enc(caller.login().password())));
    } else if (row.method().equals("GET") || row.method().equals("DELETE")) {
      request.method(row.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      Body body = body(endpoint, caller);
      request
          .header("Content-Type", body.contentType())
          .method(row.method(), HttpRequest.BodyPublishers.ofByteArray(body.content()));
    }
    HttpResponse<String> response =
        ApiExchanges.recorded(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    return apiAnswer(row, response);
  }

  /**
   * Allowed: 2xx (a list only with the object in it), or 400/409 with a domain code (refused after
   * the access checks). Denied: 401, 403, 404, or a list without the object.
   */
  private Answer apiAnswer(Row row, HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    String code = problemCode(response);
    String said = code == null ? "" : code;
    if (status / 100 == 2) {
      if (row.shows().equals("-")) {
        return new Answer(Outcome.ALLOWED, status, said, body);
      }
      boolean listed = listed(body, row.shows()).contains(listId(row.shows()));
      return new Answer(
          listed ? Outcome.ALLOWED : Outcome.DENIED, status, listed ? "" : "unlisted", body);
    }
    if ((status == 400 || status == 409) && code != null && !code.startsWith("request.")) {
      return new Answer(Outcome.ALLOWED, status, said, body);
    }
    if (status == 401 || status == 403 || status == 404) {
      return new Answer(Outcome.DENIED, status, said, body);
    }
    return new Answer(Outcome.UNEXPECTED, status, said, body);
  }

  /** The ids of the objects of a kind in a list the API answered. */
  private static Set<Long> listed(String body, String kind) {
    JsonValue read = Json.createReader(new StringReader(body)).readValue();
    JsonArray list =
        read.getValueType() == JsonValue.ValueType.OBJECT
            ? read.asJsonObject()
                .getJsonArray(read.asJsonObject().containsKey("entries") ? "entries" : "troubled")
            : read.asJsonArray();
    Set<Long> found = new LinkedHashSet<>();
    for (JsonValue element : list) {
      JsonObject o = element.asJsonObject();
      if (o.containsKey("organisation") && o.get("organisation") instanceof JsonObject nested) {
        o = nested;
      }
      String field =
          switch (kind) {
            case "case" -> "caseId";
            case "slot" -> "slotId";
            default -> "id";
          };
      if (o.containsKey(field) && !o.isNull(field)) {
        found.add(o.getJsonNumber(field).longValue());
      }
    }
    return found;
  }

  /** The object a list must show, by the table's "shows" kind. */
  private long listId(String shows) {
    String kind =
        switch (shows) {
          case "action" -> "actions";
          case "busy-time" -> "busy-times";
          case "case" -> "cases";
          case "delivery" -> "deliveries";
          case "series" -> "meeting-series";
          case "meeting" -> "meetings";
          case "slot" -> "slots";
          case "organisation" -> "organisations";
          case "reply" -> "replies";
          case "staff" -> "staff";
          case "service" -> "services";
          case "referral" -> "referrals";
          default -> throw new AssertionError("a list row shows '" + shows + "': no such object");
        };
    return ids.get(kind);
  }

  private long id(String kind, Row row) {
    Long id = ids.get(kind);
    if (id == null) {
      fail(
          row.name()
              + " has a parameter after '"
              + kind
              + "/', and AuthorisationMatrixIT makes no object of that kind: make one in"
              + " prepare()");
    }
    return id;
  }

  /** The query parameters a row needs: a list's range, a removal's (stale) version. */
  private String query(Row row) {
    if (row.method().equals("DELETE")
        && (Endpoints.kinds(row.path()).contains("meetings")
            || Endpoints.kinds(row.path()).contains("services"))) {
      return "?version=" + STALE;
    }
    return switch (row.name()) {
      case "GET /api/v1/meetings" ->
          "?from="
              + start.toLocalDate().minusDays(7)
              + "&to="
              + start.toLocalDate().plusDays(7)
              + "&limit=500";
      case "GET /api/v1/cases/search" -> "?q=" + enc(markers.get("case"));
      case "GET /api/v1/meetings/search" ->
          "?from="
              + start.toLocalDate().minusDays(7)
              + "&to="
              + start.toLocalDate().plusDays(7)
              + "&limit=200";
      case "GET /api/v1/actions/search", "GET /api/v1/deliveries/search" -> "?limit=200";
      case "GET /api/v1/busy-times" ->
          "?from="
              + enc(start.minusDays(7).toString())
              + "&to="
              + enc(start.plusDays(7).toString())
              + "&limit=500";
      // a list's longest page, so that the object is on it however much the run has made
      default -> row.method().equals("GET") && !row.path().contains("{") ? "?limit=500" : "";
    };
  }

  record Body(String contentType, byte[] content) {}

  /**
   * A body the endpoint takes, which a caller allowed to use it sends without destroying what the
   * other rows need: a change names a stale version, and a removal or withdrawal names something
   * the service refuses after its access checks. Creations are real, in the caller's own region. An
   * endpoint not named here fails the test: give it a body.
   */
  private Body body(String endpoint, Caller caller) throws Exception {
    int n = calls.incrementAndGet();
    String name = caller.name() + "-" + suffix + "-" + n;
    long prison = caller.otherRegion() ? theirs.id("prison") : World.organisation(World.PRISON);
    long contact = caller.otherRegion() ? theirs.id("contacts") : ids.get("contacts");
    long organisation =
        caller.otherRegion() ? theirs.id("prison") : World.organisation(PROBATION_OFFICE);
    LocalDate today = LocalDate.now(World.HELSINKI);
    OffsetDateTime later = World.at(200 + n % 100, 9);
    String text =
        switch (endpoint) {
          case "POST actions" ->
              "{\"slotId\":"
                  + ids.get("slots")
                  + ",\"what\":\"Matriisin lisatehtava\",\"responsible\":\"CLIENT\",\"due\":\""
                  + today.plusWeeks(2)
                  + "\"}";
          case "PUT actions/*" ->
              "{\"version\":" + STALE + ",\"status\":\"DONE\",\"note\":\"matriisi\"}";
          case "POST busy-times" ->
              "{\"whose\":\"CONTACT\",\"id\":"
                  + contact
                  + ",\"start\":\""
                  + later
                  + "\",\"end\":\""
                  + later.plusHours(1)
                  + "\",\"note\":\"Matriisin uusi varaus\"}";
          case "POST cases" ->
              "{\"fullName\":\"Matriisin Uusi "
                  + name
                  + "\",\"dateOfBirth\":\"1985-03-14\",\"kind\":\"PRISONER\",\"institutionId\":"
                  + prison
                  + ",\"expectedReleaseDate\":\""
                  + today.plusMonths(2)
                  + "\",\"referral\":{\"WISHES\":\"Oma asunto\"}}";
          case "PUT cases/*/legal-hold" -> "{\"reason\":\"matriisin pito\"}";
          case "PUT retention/periods" -> "{\"kind\":\"KEPT_MAIL\",\"days\":180}";
          case "PUT cases/*/referral" ->
              "{\"version\":" + STALE + ",\"referral\":{\"WISHES\":\"matriisi\"}}";
          case "PUT cases/*/release" ->
              "{\"version\":"
                  + STALE
                  + ",\"expectedReleaseDate\":\""
                  + today.plusMonths(3)
                  + "\",\"institutionId\":"
                  + prison
                  + "}";
          case "POST cases/*/consents" ->
              "{\"validUntil\":\""
                  + today.plusYears(1)
                  + "\",\"textVersion\":\"fi-2026-1\",\"replacesVersion\":0,\"grants\":[{"
                  + "\"organisationId\":"
                  + World.organisation(World.KODIT)
                  + ",\"categories\":[\"IDENTITY_AND_RELEASE\"]}]}";
          case "PUT cases/*/consents/*/scan" -> null;
          case "POST cases/*/consents/withdrawals" ->
              "{\"organisationId\":" + World.organisation(World.TE_OFFICE) + "}";
          case "POST cases/*/follow-up",
              "POST deliveries/*/retry",
              "POST meetings/*/slot-finder",
              "POST meetings/*/minutes",
              "POST meetings/*/minutes/*/distribution",
              "POST organisations/*/contacts/*/calendar-feed",
              "POST organisations/*/join",
              "POST organisations/*/leave",
              "POST organisations/*/share-requests/*/acceptance",
              "POST organisations/*/share-requests/*/refusal",
              "POST replies/*/handled",
              "POST staff/*/password-link",
              // writes the live cases' anonymous facts again: the other rows need nothing of it
              "POST statistics/rebuild" ->
              "";
          case "PUT cases/*/follow-up/*" ->
              "{\"version\":" + STALE + ",\"housedBeforeRelease\":true,\"note\":\"matriisi\"}";
          case "POST cases/*/follow-up/closing" -> "{}";
          // a withdrawal link: the case stays as it is (the consent in force is not touched)
          case "POST cases/*/consent-links" -> "{\"purpose\":\"WITHDRAW\",\"language\":\"fi\"}";
          case "PUT meetings/*/day/slots/*/record" ->
              "{\"version\":" + STALE + ",\"decisions\":\"matriisi\"}";
          case "PUT meetings/*/day/slots/*/invitees/*/attendance" -> "{\"attendance\":\"PRESENT\"}";
          case "POST meeting-series" ->
              "{\"title\":\"Matriisin uusi sarja "
                  + name
                  + "\",\"rrule\":\"FREQ=MONTHLY;BYDAY=3WE\",\"firstDate\":\""
                  + today.plusMonths(11)
                  + "\",\"start\":\"09:00\",\"end\":\"12:00\",\"place\":\"Matriisi\"}";
          case "POST meeting-series/*/exceptions" ->
              "{\"date\":\"" + today.plusMonths(10).plusDays(3) + "\"}";
          case "POST meeting-series/*/generation" -> "{\"until\":\"" + today.plusMonths(1) + "\"}";
          case "POST meetings" ->
              "{\"start\":\""
                  + later
                  + "\",\"end\":\""
                  + later.plusHours(3)
                  + "\",\"place\":\"Matriisin uusi kokous\"}";
          case "PUT meetings/*" ->
              "{\"version\":"
                  + STALE
                  + ",\"start\":\""
                  + start
                  + "\",\"end\":\""
                  + start.plusHours(3)
                  + "\",\"place\":\"matriisi\",\"confirmed\":true}";
          case "POST meetings/*/cancellation",
              "POST meetings/*/minutes/*/review",
              "POST meetings/*/minutes/*/approval",
              "POST staff/*/deactivation",
              "POST staff/*/reactivation" ->
              "{\"version\":" + STALE + "}";
          case "PUT meetings/*/slot-order" ->
              "{\"version\":" + STALE + ",\"slotIds\":[" + ids.get("slots") + "]}";
          case "PUT meetings/*/slot-times" ->
              "{\"version\":"
                  + STALE
                  + ",\"slots\":[{\"slotId\":"
                  + ids.get("slots")
                  + ",\"start\":\""
                  + start
                  + "\"}]}";
          case "POST meetings/*/slots" ->
              "{\"version\":"
                  + STALE
                  + ",\"caseId\":"
                  + ids.get("cases")
                  + ",\"start\":\""
                  + start.plusHours(1)
                  + "\",\"lengthMinutes\":45,\"attendance\":\"IN_PERSON\"}";
          case "PUT meetings/*/slots/*" ->
              "{\"version\":" + STALE + ",\"start\":\"" + start + "\"}";
          case "PUT meetings/*/slots/*/attendance" ->
              "{\"version\":" + STALE + ",\"attendance\":\"IN_PERSON\"}";
          case "POST meetings/*/slots/*/review" ->
              "{\"version\":" + STALE + ",\"reason\":\"matriisi\"}";
          case "POST meetings/*/slots/*/invitees" ->
              "{\"version\":" + STALE + ",\"contactPersonId\":" + World.contact(World.KALLE) + "}";
          case "POST organisations" -> orgBody("Matriisin uusi jarjesto " + name, "NGO", "EMAIL");
          case "PUT organisations/*" ->
              "{\"name\":" + World.quote(organisationName) + ",\"type\":\"NGO\"}";
          case "POST organisations/*/contacts" ->
              "{\"name\":\"Matriisin uusi yhteys\",\"email\":\"" + name + "@matriisi.test\"}";
          case "PUT organisations/*/contacts/*" ->
              "{\"name\":"
                  + World.quote(contactName)
                  + ",\"email\":"
                  + World.quote(contactEmail)
                  + "}";
          case "PUT organisations/*/webhook" -> "{\"url\":\"\"}";
          case "POST regions" ->
              "{\"code\":\"m-" + name + "\",\"name\":\"Matriisin alue " + n + "\"}";
          // the default: a change that changes nothing
          case "PUT regions/*/settings" -> "{\"minutesNeedSecondPerson\":true}";
          case "POST regions/*/administrators" ->
              "{\"username\":\"matriisi-eka-"
                  + name
                  + "\",\"displayName\":\"Eka\",\"email\":\"eka-"
                  + name
                  + "@matriisi.test\"}";
          case "POST staff" -> staffBody("matriisi-uusi-" + name, organisation);
          case "POST services" ->
              serviceBody(
                  caller.otherRegion()
                      ? theirs.id("organisations")
                      : World.organisation(World.KODIT),
                  "Matriisin uusi palvelu " + name);
          case "PUT services/*" ->
              "{\"version\":"
                  + STALE
                  + ",\"kind\":\"OTHER\",\"nameFi\":\"matriisi\",\"referralWays\":[\"PHONE\"]}";
          // a header alone: a file that adds and changes nothing
          case "POST services/import" -> "csv:" + CSV_HEADER;
          case "PUT staff/*/roles" -> "{\"version\":" + STALE + ",\"roles\":[\"CASE_WORKER\"]}";
          // the need is taken away: a referral asked for after that is refused (no need of its
          // kind)
          case "PUT slots/*/needs" -> "{\"kinds\":[]}";
          case "POST slots/*/referrals" -> "{\"serviceId\":" + ids.get("services") + "}";
          // Kodit is consented already: refused after the access checks, nothing asked
          case "POST slots/*/consent-requests" ->
              "{\"serviceId\":" + ids.get("services") + ",\"language\":\"fi\"}";
          case "PUT referrals/*" -> "{\"version\":" + STALE + ",\"state\":\"ACCEPTED\"}";
          default ->
              throw new AssertionError(
                  endpoint
                      + " takes a body: give it one in AuthorisationMatrixIT.body(...) that does"
                      + " not destroy what the other rows need");
        };
    if (text != null && text.startsWith("csv:")) {
      return new Body("text/csv", text.substring(4).getBytes(StandardCharsets.UTF_8));
    }
    return text == null
        ? new Body("application/pdf", ScanFiles.html())
        : new Body("application/json", text.getBytes(StandardCharsets.UTF_8));
  }

  // --- pages and servlets ---

  private Answer page(Row row, Caller caller) throws Exception {
    Matcher placeholder = PLACEHOLDER.matcher(row.path());
    StringBuilder path = new StringBuilder();
    while (placeholder.find()) {
      String kind = placeholder.group(1);
      String value =
          pageValues.containsKey(kind) ? pageValues.get(kind) : String.valueOf(id(kind, row));
      placeholder.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(path);
    if (row.path().equals("/cases/index.xhtml")) {
      // the region's list is paged by now: the chair or case worker searches for the client by
      // the last part of their name (the page echoes the search; the whole name must come from
      // the list)
      String name = markers.get("case");
      path.append("?q=").append(enc(name.substring(name.lastIndexOf(' ') + 1)));
    }
    HttpResponse<String> response = caller.pages().get(path.substring(1));
    int status = response.statusCode();
    String body = response.body();
    if (status == 200) {
      boolean shown =
          switch (row.shows()) {
            case "-" -> true;
            case "pdf" -> body.startsWith("%PDF");
            case "ics" -> body.contains("BEGIN:VCALENDAR");
            case "gone" -> false;
            default -> {
              String marker = markers.get(row.shows());
              if (marker == null) {
                throw new AssertionError(
                    row.name() + " shows '" + row.shows() + "': no such object");
              }
              yield body.contains(marker);
            }
          };
      return new Answer(
          shown ? Outcome.ALLOWED : Outcome.DENIED, status, shown ? "" : "unshown", body);
    }
    if (status == 410 && row.shows().equals("gone")) {
      return new Answer(Outcome.ALLOWED, status, "", body);
    }
    if (status / 100 == 3) {
      String to = response.headers().firstValue("Location").orElse("");
      return new Answer(
          Outcome.DENIED,
          status,
          to.contains("/login.xhtml") ? "login" : "elsewhere",
          "Location: " + to);
    }
    if (status == 401 || status == 403 || status == 404) {
      return new Answer(Outcome.DENIED, status, "", body);
    }
    return new Answer(Outcome.UNEXPECTED, status, "", body);
  }

  // --- making the objects ---

  private long created(String user, String path, String json) throws Exception {
    return RegionBoundaryIT.RegionB.id(a.web().postJsonWithToken(path, a.token(user), json));
  }

  /** The first element that matches of the list the demo region's {@code user} reads. */
  private JsonObject find(String user, String path, Predicate<JsonObject> matching)
      throws Exception {
    HttpResponse<String> list = a.web().getWithToken(path, a.token(user));
    assertThat(list.statusCode()).as(path + ": " + list.body()).isEqualTo(200);
    return RegionBoundaryIT.RegionB.array(list.body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(matching)
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing that matches in " + path));
  }

  private long contact(long organisation, String name, String email) throws Exception {
    return created(
        "admin",
        "api/v1/organisations/" + organisation + "/contacts",
        "{\"name\":" + World.quote(name) + ",\"email\":" + World.quote(email) + "}");
  }

  private long busyTime(long contact, OffsetDateTime at, String note) throws Exception {
    return created(
        "chair",
        "api/v1/busy-times",
        "{\"whose\":\"CONTACT\",\"id\":"
            + contact
            + ",\"start\":\""
            + at
            + "\",\"end\":\""
            + at.plusHours(1)
            + "\",\"note\":"
            + World.quote(note + " " + suffix)
            + "}");
  }

  /** The administrator's list of troubled deliveries, until the message to the address is in it. */
  private long troubled(String recipient) {
    return RegionBoundaryIT.RegionB.await(
        "the invitation to " + recipient + " waiting for a retry",
        () ->
            World.json(a.web().getWithToken("api/v1/deliveries", a.token("admin")).body())
                .getJsonArray("troubled"),
        d -> recipient.equals(d.getString("recipient", null)));
  }

  /** A stranger's answer to the invitation, as the administrator's list of kept replies has it. */
  private long keptReply(String uid, String from) throws Exception {
    World.replyByStranger(uid, from, World.KALLE, "Matriisin vastaus " + suffix);
    return RegionBoundaryIT.RegionB.await(
        "the kept reply from " + from,
        () ->
            RegionBoundaryIT.RegionB.array(
                a.web().getWithToken("api/v1/replies", a.token("admin")).body()),
        r -> r.getString("from", "").contains(from));
  }

  private static String orgBody(String name, String type, String channel) {
    return "{\"name\":"
        + World.quote(name)
        + ",\"type\":\""
        + type
        + "\",\"preferredChannel\":\""
        + channel
        + "\"}";
  }

  /** The catalogue file's header line, as the export writes it. */
  private static final String CSV_HEADER =
      "id,version,organisation,kind,name_fi,name_sv,name_en,target_group,referral_ways,"
          + "opening_hours,phone,email,address,web_address,information_needs\r\n";

  private static String serviceBody(long organisation, String name) {
    return "{\"organisationId\":"
        + organisation
        + ",\"kind\":\"HOUSING_COUNSELLING\",\"nameFi\":"
        + World.quote(name)
        + ",\"referralWays\":[\"PHONE\",\"SELF_REFERRAL\"],"
        + "\"informationNeeds\":[\"IDENTITY_AND_RELEASE\"]}";
  }

  private String staffBody(String username, long organisation) {
    return "{\"username\":"
        + World.quote(username)
        + ",\"displayName\":\"Matriisin tili\",\"email\":"
        + World.quote(username + "@matriisi.test")
        + ",\"roles\":[\"CASE_WORKER\"],\"organisationId\":"
        + organisation
        + "}";
  }

  private static String problemCode(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!type.contains("json") || response.body().isBlank()) {
      return null;
    }
    try {
      JsonValue read = Json.createReader(new StringReader(response.body())).readValue();
      return read.getValueType() == JsonValue.ValueType.OBJECT
          ? read.asJsonObject().getString("code", null)
          : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static String abbreviated(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
