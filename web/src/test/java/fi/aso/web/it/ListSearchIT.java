package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.i18n.Dates;
import fi.aso.config.DemoAccounts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Finding things among many on the real WAR: meetings, actions and deliveries (thirty of each, made
 * through the API) searched, filtered, sorted and paged on the API ({@code .../search}: a page with
 * the total and the next page's offset; a wrong limit or filter is a 400 problem) and on their
 * pages (a GET form whose address keeps the search: the next page and a refresh show the same).
 */
class ListSearchIT extends BrowserTest {

  @Test
  void meetingsByPeriodStateAndPlaceAPageAtATime() throws Exception {
    World world = new World(base);
    String marker = "Hakutalo" + System.nanoTime() % 100_000;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add(
          world.meeting(
              World.at(600 + i, 9),
              Duration.ofHours(2),
              marker + (i % 3 == 0 ? " Lieksa" : " Joensuu")));
    }
    String chair = world.token("chair");
    HttpResponse<String> cancelled =
        world
            .web()
            .postJsonWithToken(
                "api/v1/meetings/" + ids.get(4) + "/cancellation",
                chair,
                "{\"version\":" + world.version(ids.get(4)) + ",\"reason\":\"Tila varattu\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isIn(200, 204);
    String q = "q=" + enc(marker);

    JsonObject first = search(world, chair, "api/v1/meetings/search?" + q + "&limit=20");
    assertThat(first.getInt("total")).isEqualTo(30);
    assertThat(ids(first)).isEqualTo(ids.subList(0, 20));
    assertThat(first.getInt("nextOffset")).isEqualTo(20);
    assertThat(first.containsKey("previousOffset")).as("no page before the first").isFalse();
    JsonObject second = search(world, chair, "api/v1/meetings/search?" + q + "&limit=20&offset=20");
    assertThat(ids(second)).isEqualTo(ids.subList(20, 30));
    assertThat(second.containsKey("nextOffset")).as("no page after the last").isFalse();
    assertThat(ids(search(world, chair, "api/v1/meetings/search?" + q + "&sort=date-desc&limit=2")))
        .containsExactly(ids.get(29), ids.get(28));
    assertThat(ids(search(world, chair, "api/v1/meetings/search?" + q + "&state=cancelled")))
        .containsExactly(ids.get(4));
    assertThat(
            search(world, chair, "api/v1/meetings/search?q=" + enc(marker + " lieksa"))
                .getInt("total"))
        .isEqualTo(10);
    assertThat(
            ids(
                search(
                    world,
                    world.token("caseworker"),
                    "api/v1/meetings/search?"
                        + q
                        + "&from="
                        + World.at(605, 9).toLocalDate()
                        + "&to="
                        + World.at(607, 9).toLocalDate())))
        .containsExactly(ids.get(5), ids.get(6), ids.get(7));
    refused(world, chair, "api/v1/meetings/search?limit=1000");
    refused(world, chair, "api/v1/meetings/search?limit=ten");
    refused(world, chair, "api/v1/meetings/search?state=postponed");
    refused(world, chair, "api/v1/meetings/search?sort=place");
    refused(world, chair, "api/v1/meetings/search?from=2027-02-02&to=2027-01-01");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMeetings"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(marker);
    submit(By.id("meetingSearchButton"));
    assertThat(browser.getCurrentUrl()).contains("q=" + marker);
    assertThat(browser.findElement(By.id("meetingTotal")).getText())
        .isEqualTo("30 kokousta, näytetään 1–25");
    assertThat(rows("meetingList")).hasSize(25).allMatch(r -> r.contains(marker));
    BrowserSession.assertNoAccessibilityViolations(browser, "meetings searched");
    BrowserSession.screenshot(browser, "70-meetings-searched");
    submit(By.id("nextPage"));
    assertThat(browser.findElement(By.id("meetingTotal")).getText())
        .isEqualTo("30 kokousta, näytetään 26–30");
    assertThat(rows("meetingList")).hasSize(5);
    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("meetingTotal")).getText())
        .as("the address keeps the search and the page")
        .isEqualTo("30 kokousta, näytetään 26–30");
    new Select(browser.findElement(By.id("state"))).selectByValue("CANCELLED");
    submit(By.id("meetingSearchButton"));
    assertThat(rows("meetingList"))
        .singleElement()
        .satisfies(r -> assertThat(r).contains("Peruttu"));
    assertThat(browser.findElement(By.id("from")).getAttribute("value"))
        .as("the period is written as a Finnish user writes a date, not as the address has it")
        .isEqualTo(Dates.field(LocalDate.now(World.HELSINKI)));
    new Select(browser.findElement(By.id("state"))).selectByValue("");
    browser.findElement(By.id("from")).clear();
    browser.findElement(By.id("from")).sendKeys(Dates.field(World.at(605, 9).toLocalDate()));
    browser.findElement(By.id("to")).clear();
    browser.findElement(By.id("to")).sendKeys(Dates.field(World.at(607, 9).toLocalDate()));
    submit(By.id("meetingSearchButton"));
    assertThat(rows("meetingList")).hasSize(3);
    assertThat(browser.findElement(By.id("to")).getAttribute("value"))
        .isEqualTo(Dates.field(World.at(607, 9).toLocalDate()));
    browser
        .navigate()
        .to(base.resolve("meetings/index.xhtml?q=" + enc(marker + "-ei-ole")).toString());
    assertThat(browser.findElement(By.id("meetingList")).getText())
        .contains("Hakuun sopivia kokouksia ei ole");
  }

  @Test
  void actionsByOrganisationStateDueDateAndTextOnlyWhatTheCallerMaySee() throws Exception {
    World world = new World(base);
    String marker = "Hakutoimi" + System.nanoTime() % 100_000;
    World.Client client = world.referClient("Toimi", "Haku");
    world.consent(
        client, World.grant(World.KODIT, World.IDENTITY), World.grant(World.SOTE, World.IDENTITY));
    OffsetDateTime start = World.at(46, 13);
    long meeting = world.meeting(start, Duration.ofHours(2), "Toimisto");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.KALLE);
    world.invite(meeting, slot, World.SARI);
    // far ahead, so that these sort after every other test's actions
    LocalDate firstDue = LocalDate.now(World.HELSINKI).plusYears(4);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      boolean kodit = i % 3 != 2;
      ids.add(
          world.action(
              slot,
              marker + (kodit ? " asunto " : " tuki ") + i,
              kodit ? World.KODIT : World.SOTE,
              null,
              firstDue.plusDays(i)));
    }
    String chair = world.token("chair");
    String q = "q=" + enc(marker);

    long readBefore = reads(ids);
    JsonObject first = search(world, chair, "api/v1/actions/search?" + q + "&limit=20");
    assertThat(first.getInt("total")).isEqualTo(30);
    assertThat(ids(first)).isEqualTo(ids.subList(0, 20));
    assertThat(reads(ids) - readBefore)
        .as("the twenty actions shown were read (audited), not the thirty looked through")
        .isEqualTo(20);
    assertThat(ids(search(world, chair, "api/v1/actions/search?" + q + "&limit=20&offset=20")))
        .isEqualTo(ids.subList(20, 30));
    assertThat(ids(search(world, chair, "api/v1/actions/search?" + q + "&sort=due-desc&limit=1")))
        .containsExactly(ids.get(29));
    long sote = World.organisation(World.SOTE);
    JsonObject ofSote =
        search(world, chair, "api/v1/actions/search?" + q + "&organisation=" + sote);
    assertThat(ofSote.getInt("total")).isEqualTo(10);
    assertThat(entries(ofSote))
        .allSatisfy(a -> assertThat(a.getJsonNumber("organisationId").longValue()).isEqualTo(sote));
    assertThat(
            ids(
                search(
                    world,
                    world.token("caseworker"),
                    "api/v1/actions/search?"
                        + q
                        + "&from="
                        + firstDue.plusDays(3)
                        + "&to="
                        + firstDue.plusDays(5))))
        .containsExactly(ids.get(3), ids.get(4), ids.get(5));
    assertThat(
            search(world, chair, "api/v1/actions/search?q=" + enc(marker + " tuki 2"))
                .getInt("total"))
        .as("tuki 2, 20, 23, 26, 29")
        .isEqualTo(5);

    // Kalle's organisation finishes one; the partner sees only Kodit's, the done one among them
    String partner = world.token("partner");
    JsonObject koditsFirst = entries(search(world, partner, "api/v1/actions/search?" + q)).get(0);
    HttpResponse<String> done =
        world
            .web()
            .putJsonWithToken(
                "api/v1/actions/" + koditsFirst.getJsonNumber("id").longValue(),
                partner,
                "{\"version\":"
                    + koditsFirst.getJsonNumber("version").longValue()
                    + ",\"status\":\"DONE\",\"note\":\"Tehty\"}");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    JsonObject partners = search(world, partner, "api/v1/actions/search?" + q);
    assertThat(partners.getInt("total")).isEqualTo(20);
    assertThat(entries(partners))
        .allSatisfy(a -> assertThat(a.getString("what")).contains(" asunto "));
    assertThat(ids(search(world, partner, "api/v1/actions/search?" + q + "&state=done")))
        .containsExactly(ids.get(0));
    assertThat(search(world, partner, "api/v1/actions/search?" + q + "&state=open").getInt("total"))
        .isEqualTo(19);
    assertThat(search(world, chair, "api/v1/actions/search?" + q).getInt("total"))
        .as("the region's list holds the open actions, as before")
        .isEqualTo(29);
    refused(world, chair, "api/v1/actions/search?limit=0");
    refused(world, chair, "api/v1/actions/search?organisation=kodit");
    refused(world, chair, "api/v1/actions/search?state=lost");
    refused(world, chair, "api/v1/actions/search?from=8.1.2027");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    browser.navigate().to(base.resolve("actions/index.xhtml?list=organisation&" + q).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actionTotal")));
    assertThat(browser.findElement(By.id("actionTotal")).getText())
        .isEqualTo("29 toimenpidettä, näytetään 1–25");
    assertThat(rows("mine\\:list")).hasSize(25);
    BrowserSession.assertNoAccessibilityViolations(browser, "actions searched");
    BrowserSession.screenshot(browser, "71-actions-searched");
    submit(By.id("nextPage"));
    assertThat(browser.findElement(By.id("actionTotal")).getText())
        .isEqualTo("29 toimenpidettä, näytetään 26–29");
    assertThat(browser.getCurrentUrl()).contains("list=organisation");
    new Select(browser.findElement(By.id("organisation"))).selectByVisibleText(World.SOTE);
    submit(By.id("actionSearchButton"));
    assertThat(browser.findElement(By.id("actionTotal")).getText())
        .isEqualTo("10 toimenpidettä, näytetään 1–10");
    assertThat(rows("mine\\:list")).allMatch(r -> r.contains(" tuki ") && r.contains(World.SOTE));
    new Select(browser.findElement(By.id("sort"))).selectByValue("due-desc");
    submit(By.id("actionSearchButton"));
    assertThat(rows("mine\\:list").get(0)).contains(marker + " tuki 29");
  }

  @Test
  void deliveriesByStateRecipientOrganisationAndPeriodNewestFirst() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Viesti", "Haku");
    world.consent(
        client, World.grant(World.KODIT, World.IDENTITY), World.grant(World.SOTE, World.IDENTITY));
    OffsetDateTime start = World.at(47, 13);
    long meeting = world.meeting(start, Duration.ofHours(2), "Toimisto");
    long slot = world.slot(meeting, client, start);
    String marker = "haku" + System.nanoTime() % 100_000;
    for (int i = 0; i < 30; i++) {
      boolean kodit = i < 28;
      world.invite(
          meeting,
          slot,
          world.newContact(
              kodit ? World.KODIT : World.SOTE,
              "Hakuyhteys " + i,
              marker + "-" + i + (kodit ? "@kodit.localhost" : "@sote.localhost"),
              null));
    }
    String mine =
        "(select m.id from outbound_message m join invitation i on i.id = m.invitation_id"
            + " where i.slot_id = "
            + slot
            + " and m.recipient like '"
            + marker
            + "-%')";
    awaitAtLeast(
        "select count(*) from outbound_message where status = 'SENT' and id in " + mine, 30);
    // three went dead, as after eight failed attempts
    try (var c = EmbeddedServices.database().getConnection();
        var s = c.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "update outbound_message set status = 'DEAD', attempts = 8,"
                      + " last_error = 'test outage' where id in "
                      + mine
                      + " and recipient similar to '"
                      + marker
                      + "-(3|4|5)[+]%'"))
          .isEqualTo(3);
    }
    String admin = world.token("admin");
    String today = LocalDate.now(World.HELSINKI).toString();
    long kodit = World.organisation(World.KODIT);
    long sote = World.organisation(World.SOTE);

    String sentToKodit =
        "api/v1/deliveries/search?status=sent&organisation=" + kodit + "&from=" + today;
    JsonObject first = search(world, admin, sentToKodit + "&limit=10");
    assertThat(first.getInt("total")).isGreaterThanOrEqualTo(25);
    JsonObject second = search(world, admin, sentToKodit + "&limit=10&offset=10");
    List<JsonObject> both = new ArrayList<>(entries(first));
    both.addAll(entries(second));
    assertThat(both)
        .allSatisfy(
            e -> {
              assertThat(e.getString("status")).isEqualTo("SENT");
              assertThat(e.getJsonNumber("organisationId").longValue()).isEqualTo(kodit);
            });
    assertThat(
            both.stream().map(e -> e.getJsonNumber("id").longValue()).collect(Collectors.toSet()))
        .as("two pages, no message twice")
        .hasSize(20);
    List<Instant> written =
        both.stream().map(e -> Instant.parse(e.getString("createdAt"))).toList();
    assertThat(written).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    JsonObject toSote =
        search(
            world,
            admin,
            "api/v1/deliveries/search?organisation=" + sote + "&from=" + today + "&limit=200");
    assertThat(recipients(toSote))
        .anyMatch(r -> r.startsWith(marker + "-28+") && r.endsWith("@sote.localhost"))
        .anyMatch(r -> r.startsWith(marker + "-29+"))
        .noneMatch(r -> r.startsWith(marker + "-") && r.endsWith("@kodit.localhost"));
    JsonObject dead = search(world, admin, "api/v1/deliveries/search?status=dead&limit=200");
    assertThat(entries(dead)).allSatisfy(e -> assertThat(e.getString("status")).isEqualTo("DEAD"));
    assertThat(recipients(dead).stream().filter(r -> r.startsWith(marker + "-")).sorted())
        .as("the three that went dead, and no other of this test's")
        .hasSize(3)
        .allMatch(r -> r.matches(java.util.regex.Pattern.quote(marker) + "-[345][+].*"));
    assertThat(
            search(world, admin, "api/v1/deliveries/search?organisation=" + sote + "&to=2000-01-01")
                .getInt("total"))
        .isZero();
    refused(world, admin, "api/v1/deliveries/search?limit=201");
    refused(world, admin, "api/v1/deliveries/search?status=lost");
    refused(world, admin, "api/v1/deliveries/search?from=2026-13-01");
    refused(world, admin, "api/v1/deliveries/search?sort=recipient");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    // every state ("status=" left empty), to Kodit, written today: this test's 28 at least
    browser
        .navigate()
        .to(
            base.resolve("admin/deliveries.xhtml?status=&organisation=" + kodit + "&from=" + today)
                .toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveryTotal")));
    assertThat(browser.findElement(By.id("deliveryTotal")).getText()).contains("näytetään 1–25");
    assertThat(rows("deliveries\\:troubled")).hasSize(25).allMatch(r -> r.contains(World.KODIT));
    BrowserSession.assertNoAccessibilityViolations(browser, "deliveries searched");
    BrowserSession.screenshot(browser, "72-deliveries-searched");
    submit(By.id("nextPage"));
    assertThat(browser.findElement(By.id("deliveryTotal")).getText()).contains("näytetään 26–");
    assertThat(browser.getCurrentUrl())
        .as("the next page keeps the search, the empty state too")
        .contains("status=&", "organisation=" + kodit, "offset=25");
    assertThat(rows("deliveries\\:troubled")).allMatch(r -> r.contains(World.KODIT));
    new Select(browser.findElement(By.id("status"))).selectByValue("DEAD");
    submit(By.id("deliverySearchButton"));
    assertThat(rows("deliveries\\:troubled"))
        .allMatch(r -> r.contains("Epäonnistui"))
        .anyMatch(r -> r.contains(marker + "-4+"));
  }

  private static void awaitAtLeast(String sql, long atLeast) {
    org.awaitility.Awaitility.await(sql)
        .atMost(Duration.ofSeconds(60))
        .until(() -> EmbeddedServices.count(sql) >= atLeast);
  }

  private List<String> rows(String table) {
    return browser.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(r -> r.getText())
        .toList();
  }

  private static JsonObject search(World world, String token, String path) throws Exception {
    HttpResponse<String> answer = world.web().getWithToken(path, token);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return World.json(answer.body());
  }

  /** A clear 400 problem, with the API's error shape. */
  private static void refused(World world, String token, String path) throws Exception {
    HttpResponse<String> answer = world.web().getWithToken(path, token);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonObject problem = World.json(answer.body());
    assertThat(problem.getString("detail", "")).as(path).isNotBlank();
  }

  private static List<JsonObject> entries(JsonObject page) {
    JsonArray entries = page.getJsonArray("entries");
    return entries.stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<Long> ids(JsonObject page) {
    return entries(page).stream().map(e -> e.getJsonNumber("id").longValue()).toList();
  }

  private static List<String> recipients(JsonObject page) {
    return entries(page).stream().map(e -> e.getString("recipient")).toList();
  }

  /** How many reads of these actions the audit trail holds. */
  private static long reads(List<Long> actionIds) {
    return EmbeddedServices.count(
        "select count(*) from audit_event where object_type = 'ActionItem' and action = 'READ'"
            + " and object_id in ("
            + actionIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","))
            + ")");
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
