package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's lists page with {@code limit} and an opaque {@code cursor} on the real WAR: a list of
 * 250 services is walked by following {@code Link: <...>; rel="next"}, and holds every service
 * exactly once, in the list's order, also while services are added on both sides of the walk's
 * position (an offset would repeat or skip one); a search's page says its cursor as {@code next}; a
 * bad limit, cursor or number in a query parameter is a 400 problem naming the parameter.
 */
@ExtendWith(ArquillianExtension.class)
class PagingIT {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
  private static final AtomicInteger RUN = new AtomicInteger();

  /** The kinds the services are spread over, in ServiceKind's own order (the list's first key). */
  private static final List<String> KINDS =
      List.of("INDEPENDENT_RENTAL", "HOUSING_COUNSELLING", "FINANCIAL_AND_DEBT_COUNSELLING");

  @ArquillianResource URL deployed;

  private World world;
  private String admin;
  private final List<Long> made = new ArrayList<>();

  @BeforeEach
  void world() throws Exception {
    world = new World(Platform.base(deployed));
    admin = world.token("admin");
  }

  /** The services go again, so that the demo catalogue other tests read stays as it was. */
  @AfterEach
  void retire() throws Exception {
    for (long id : made) {
      JsonObject service = ok(world.web().getWithToken("api/v1/services/" + id, admin));
      HttpResponse<String> retired =
          world
              .web()
              .deleteWithToken(
                  "api/v1/services/" + id + "?version=" + service.getJsonNumber("version"), admin);
      assertThat(retired.statusCode()).as(retired.body()).isEqualTo(204);
    }
  }

  @Test
  void walkingAListWithItsCursorMeetsEveryEntryOnceInOrderWhileEntriesAreAdded() throws Exception {
    String suffix = System.currentTimeMillis() + "-" + RUN.incrementAndGet();
    long provider = world.addOrganisation("Sivuttajat " + suffix, "NGO");
    for (int i = 0; i < 250; i++) {
      // names in another order than the ids, and three kinds: the list's order is neither
      made.add(
          world.addService(
              provider, KINDS.get(i % 3), String.format("Palvelu %03d", (i * 97) % 250)));
    }
    String filter = "api/v1/services?organisation=" + provider;
    List<Long> whole = ids(okList(world.web().getWithToken(filter + "&limit=500", admin)));
    assertThat(whole).as("one page of 500 holds them all").hasSize(250).containsAll(made);

    List<Long> walked = new ArrayList<>();
    Long before = null;
    Long after = null;
    Optional<String> next = Optional.of(filter + "&limit=37");
    int pages = 0;
    while (next.isPresent()) {
      HttpResponse<String> page = world.web().getWithToken(next.get(), admin);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      walked.addAll(ids(okList(page)));
      next = nextLink(page);
      pages++;
      if (pages == 2) {
        // added meanwhile: one sorting before where the walk is (first kind, first name), one
        // after it (last kind, last name)
        before = world.addService(provider, KINDS.get(0), "Aaa lisätty kesken");
        after = world.addService(provider, KINDS.get(2), "Ööö lisätty kesken");
        made.add(before);
        made.add(after);
      }
    }
    assertThat(pages).as("250 in pages of 37, and one added").isEqualTo(7);
    assertThat(walked).as("nothing twice").doesNotHaveDuplicates();
    assertThat(walked.stream().filter(whole::contains).toList())
        .as("every service there from the start, once, in the list's order")
        .isEqualTo(whole);
    assertThat(walked).as("one added after the walk's position is met").contains(after);
    assertThat(walked)
        .as("one added before it is not, and pushes nothing out nor in twice")
        .doesNotContain(before);
    assertThat(walked).hasSize(251);
  }

  @Test
  void aSearchPageSaysItsCursorAndTheWalkEndsWithoutOne() throws Exception {
    String name = "Kursori" + System.currentTimeMillis();
    List<Long> cases = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      cases.add(world.referClient("Haku", name).id());
    }
    String chair = world.token("chair");
    List<Long> walked = new ArrayList<>();
    String address = "api/v1/cases/search?q=" + name + "&sort=name&limit=2";
    String cursor = null;
    int pages = 0;
    do {
      HttpResponse<String> answer =
          world.web().getWithToken(address + (cursor == null ? "" : "&cursor=" + cursor), chair);
      JsonObject page = ok(answer);
      assertThat(page.getInt("total")).isEqualTo(5);
      for (JsonValue entry : page.getJsonArray("entries")) {
        walked.add(entry.asJsonObject().getJsonNumber("caseId").longValue());
      }
      cursor = page.containsKey("next") ? page.getString("next") : null;
      assertThat(nextLink(answer).isPresent())
          .as("a Link exactly when there is a next page")
          .isEqualTo(cursor != null);
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(3);
    assertThat(walked).containsExactlyInAnyOrderElementsOf(cases).doesNotHaveDuplicates();
  }

  @Test
  void aBadLimitCursorOrNumberIsAProblemNamingItsParameter() throws Exception {
    Map<String, String> bad = new HashMap<>();
    bad.put("api/v1/services?limit=0", "limit");
    bad.put("api/v1/services?limit=501", "limit");
    bad.put("api/v1/services?limit=viisi", "limit");
    bad.put("api/v1/services?cursor=ei-kursori", "cursor");
    bad.put("api/v1/cases/search?limit=201", "limit");
    bad.put("api/v1/cases/search?offset=-1", "offset");
    bad.put("api/v1/busy-times?from=huomenna&to=2026-12-24", "from");
    String chair = world.token("chair");
    for (var entry : bad.entrySet()) {
      JsonObject problem = problem(world.web().getWithToken(entry.getKey(), chair), entry.getKey());
      assertThat(problem.getString("parameter")).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(problem.getString("detail")).as(entry.getKey()).contains(entry.getValue());
    }

    // a cursor of another list (the organisations') is not one the services' list gave
    HttpResponse<String> organisations =
        world.web().getWithToken("api/v1/organisations/consent-recipients?limit=1", chair);
    assertThat(organisations.statusCode()).isEqualTo(200);
    String theirs = nextLink(organisations).orElseThrow().replaceFirst(".*cursor=", "");
    JsonObject foreign =
        problem(
            world.web().getWithToken("api/v1/services?cursor=" + theirs, chair),
            "an organisations cursor on services");
    assertThat(foreign.getString("code")).isEqualTo("page.cursor");

    // a number JAX-RS cannot convert was a 404 as if the address were wrong: a 400 naming it
    long service = ids(okList(world.web().getWithToken("api/v1/services?limit=1", admin))).get(0);
    JsonObject version =
        problem(
            world.web().deleteWithToken("api/v1/services/" + service + "?version=kolme", admin),
            "a word as the version");
    assertThat(version.getString("parameter")).isEqualTo("version");
    assertThat(
            ok(world.web().getWithToken("api/v1/services/" + service, admin))
                .getJsonNumber("id")
                .longValue())
        .as("and nothing was retired")
        .isEqualTo(service);
  }

  @Test
  void busyTimesTakeDaysAsEveryOtherListDoesOrInstants() throws Exception {
    String note = "Päivä vai hetki " + System.currentTimeMillis();
    java.time.OffsetDateTime start = World.at(3, 10);
    world.busy(World.KALLE, start, java.time.Duration.ofHours(1), note);
    java.time.LocalDate day = start.atZoneSameInstant(World.HELSINKI).toLocalDate();
    String chair = world.token("chair");
    JsonArray byDays =
        okList(world.web().getWithToken("api/v1/busy-times?from=" + day + "&to=" + day, chair));
    String midnight = day.atStartOfDay(World.HELSINKI).toOffsetDateTime().toString();
    String next = day.plusDays(1).atStartOfDay(World.HELSINKI).toOffsetDateTime().toString();
    JsonArray byInstants =
        okList(
            world
                .web()
                .getWithToken(
                    "api/v1/busy-times?from="
                        + java.net.URLEncoder.encode(
                            midnight, java.nio.charset.StandardCharsets.UTF_8)
                        + "&to="
                        + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
                    chair));
    assertThat(byDays.stream().map(v -> v.asJsonObject().getString("note", "")))
        .as("the day's busy time, by the day")
        .contains(note);
    assertThat(ids(byDays)).as("a day is the instants it spans").isEqualTo(ids(byInstants));
  }

  private static Optional<String> nextLink(HttpResponse<String> answer) {
    return answer
        .headers()
        .firstValue("Link")
        .map(NEXT::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1).replaceFirst("^/", ""));
  }

  private static List<Long> ids(JsonArray list) {
    return list.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  private static JsonArray okList(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readArray();
  }

  private static JsonObject ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return World.json(answer.body());
  }

  private static JsonObject problem(HttpResponse<String> answer, String what) {
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    return World.json(answer.body());
  }
}
