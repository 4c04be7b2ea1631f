package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's home page shows their work, each item linking to where it is done, in headless
 * Chromium on the real WAR. The test makes its own client (consented to Kodit, on a meeting with
 * Kalle invited and not yet answered, with an action for Kodit) so that every list has something of
 * it, whatever the other tests did to the demo data; and for the case worker, clients whose next
 * steps differ (a consent ending, a meeting coming, a mapping to complete).
 */
class HomePagesInBrowserIT extends BrowserTest {

  @Test
  void everyRolesHomePageShowsTheirWorkWithLinks() throws Exception {
    World world = new World(base);
    World.Client onMeeting = world.referClient("Kotisivu", "Kokouksessa");
    world.consent(onMeeting, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    var start = World.at(6, 9);
    long meeting = world.meeting(start, Duration.ofHours(3), "Kotisivun kokoushuone");
    long slot = world.slot(meeting, onMeeting, start);
    world.invite(meeting, slot, World.contact(World.KALLE));
    world.action(
        slot,
        "Kotisivun toimenpide",
        World.KODIT,
        World.KALLE,
        LocalDate.now(World.HELSINKI).plusDays(9));
    // minutes the case worker reviewed: they wait for the chair's approval
    world.reviewMinutes(meeting);
    World.Client waiting = world.referClient("Kotisivu", "Odottaa");
    world.consent(waiting, World.grant(World.KODIT, World.IDENTITY));
    // Tiina of the TE office declines her slot; another client withdraws consent for Kodit
    World.Client declined = world.referClient("Kotisivu", "Kieltäytyminen");
    world.consent(declined, World.grant(World.TE_OFFICE, World.IDENTITY));
    long declinedSlot = world.slot(meeting, declined, start.plusMinutes(45));
    world.invite(meeting, declinedSlot, World.contact(World.TIINA));
    world.answerByMail(declinedSlot, World.TIINA, "DECLINED");
    World.Client withdrawing = world.referClient("Kotisivu", "Peruminen");
    world.consent(
        withdrawing,
        World.grant(World.KODIT, World.IDENTITY),
        World.grant(World.SOTE, World.IDENTITY));
    assertThat(
            world
                .web()
                .postJsonWithToken(
                    "api/v1/cases/" + withdrawing.id() + "/consents/withdrawals",
                    world.token("caseworker"),
                    "{\"organisationId\":" + World.organisation(World.KODIT) + "}")
                .statusCode())
        .isEqualTo(200);

    // the chair: the meeting among the next ones, the waiting client ready to be put on one
    String listedReads =
        "select count(*) from audit_event where client_case_id = "
            + onMeeting.id()
            + " and purpose in ('work list', 'case search')";
    long readsBefore = EmbeddedServices.count(listedReads);
    home("chair", "home-chair");
    assertThat(EmbeddedServices.count(listedReads))
        .as("the home page reads (and audits) only the clients it shows, not the whole region")
        .isEqualTo(readsBefore);
    // the next three planned meetings, as the calendar has them (other tests plan meetings too)
    LocalDate today = LocalDate.now(World.HELSINKI);
    List<String> nextPlaces =
        World.json(
                "{\"m\":"
                    + world
                        .web()
                        .getWithToken(
                            "api/v1/meetings?from=" + today + "&to=" + today.plusMonths(2),
                            world.token("chair"))
                        .body()
                    + "}")
            .getJsonArray("m")
            .stream()
            .map(m -> m.asJsonObject())
            .filter(m -> m.getString("status").equals("PLANNED"))
            .sorted(java.util.Comparator.comparing(m -> m.getString("start")))
            .limit(3)
            .map(m -> m.getString("place"))
            .toList();
    assertThat(linksIn("nextMeetings")).hasSize(nextPlaces.size());
    for (int i = 0; i < nextPlaces.size(); i++) {
      assertThat(linksIn("nextMeetings").get(i)).endsWith(" – " + nextPlaces.get(i));
    }
    // what changed since the last visit: the decline and the withdrawal, new, linked
    assertThat(linksIn("updates"))
        .anyMatch(
            t ->
                t.startsWith(declined.reference() + ": Tiina") && t.contains("ei pääse kokoukseen"))
        .anyMatch(
            t ->
                t.equals(
                    withdrawing.reference()
                        + ": asiakas perui suostumuksensa organisaatiolta "
                        + World.KODIT
                        + "."));
    assertThat(
            browser.findElements(By.cssSelector("#updates li.update-new")).stream()
                .map(WebElement::getText)
                .filter(t -> t.contains(withdrawing.reference())))
        .as("a withdrawal made since the chair's last visit is marked new")
        .singleElement()
        .satisfies(t -> assertThat(t).startsWith("Uusi"));
    assertThat(browser.findElements(By.cssSelector("#minutesWaiting li")))
        .extracting(WebElement::getText)
        .as("the reviewed minutes wait for the chair's approval, linked to the meeting day")
        .contains(
            "Kokouksen muistio "
                + DateTimeFormatter.ofPattern("EEE d.M.yyyy", java.util.Locale.of("fi"))
                    .format(start)
                + " klo 9.00 – hyväksy ja lähetä");
    assertThat(linksIn("ready")).anyMatch(t -> t.contains(waiting.name()));
    assertThat(linksIn("ready")).noneMatch(t -> t.contains(onMeeting.name()));
    assertThat(
            browser.findElements(By.id("overdue")).size()
                + browser.findElements(By.id("overdueEmpty")).size())
        .as("overdue actions: a list or the words that there are none")
        .isPositive();
    browser
        .findElement(
            By.linkText(
                linksIn("ready").stream()
                    .filter(t -> t.contains(waiting.name()))
                    .findFirst()
                    .orElseThrow()))
        .click();
    wait.until(ExpectedConditions.urlContains("cases/case.xhtml?id=" + waiting.id()));
    // the client on the meeting: the case says where they are in the process, and when
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + onMeeting.id()).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseState")));
    assertThat(browser.findElement(By.id("caseState")).getText())
        .startsWith("Kokoukseen varattu")
        .contains(
            "kokouksessa "
                + DateTimeFormatter.ofPattern("EEE d.M.yyyy 'klo' H.mm", java.util.Locale.of("fi"))
                    .format(start.atZoneSameInstant(World.HELSINKI)));

    // the case worker: their clients, each with the next step in words (and its date). Three
    // more clients, released today so that they are among the first the page shows: one whose
    // consent ends in 20 days, one on the meeting (after release, so with a reason), one whose
    // mapping has only the wishes written
    LocalDate releasedToday = LocalDate.now(World.HELSINKI);
    World.Client expiring =
        world.referClient("Kotisivu", "Vanheneva", releasedToday, Map.of("WISHES", "Oma asunto"));
    world.consentUntil(
        expiring, releasedToday.plusDays(20), World.grant(World.KODIT, World.IDENTITY));
    World.Client meetingSoon =
        world.referClient("Kotisivu", "Kokous", releasedToday, Map.of("WISHES", "Oma asunto"));
    world.consent(meetingSoon, World.grant(World.KODIT, World.IDENTITY));
    var meetingSoonAt = start.plusMinutes(90);
    world.slot(meeting, meetingSoon, meetingSoonAt, "IN_PERSON", "Vapautuu ennen kokousta");
    World.Client unmapped =
        world.referClient("Kotisivu", "Kesken", releasedToday, Map.of("WISHES", "Oma asunto"));
    home("caseworker", "home-caseworker");
    // (many clients are the demo case worker's by now: the page shows the first ones by release,
    // as their own search has them)
    List<String> first =
        World.json(
                world
                    .web()
                    .getWithToken(
                        "api/v1/cases/search?mine=true&limit=16", world.token("caseworker"))
                    .body())
            .getJsonArray("entries")
            .stream()
            .map(e -> e.asJsonObject().getString("fullName"))
            .toList();
    List<String> shown = linksIn("myClients");
    assertThat(shown).hasSize(first.size());
    for (int i = 0; i < first.size(); i++) {
      assertThat(shown.get(i)).startsWith(first.get(i) + " (");
    }
    assertThat(browser.findElements(By.cssSelector("#myClients li")))
        .as("each with its next step in words")
        .allSatisfy(li -> assertThat(li.getText()).containsPattern(" – [a-zä]"));
    WebElement mine = browser.findElement(By.id("myClients"));
    // a named day with its weekday, a time with "klo" ("su 27.12.2026", "ti 8.12.2026 klo 9.00")
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d.M.yyyy", java.util.Locale.of("fi"));
    assertThat(mine.getText())
        .as("what each needs next, with its date")
        .contains(
            expiring.name()
                + " ("
                + expiring.reference()
                + ") – suostumus vanhenee "
                + day.format(releasedToday.plusDays(20))
                + ": pyydä uusi",
            meetingSoon.name()
                + " ("
                + meetingSoon.reference()
                + ") – kokous "
                + DateTimeFormatter.ofPattern("EEE d.M.yyyy 'klo' H.mm", java.util.Locale.of("fi"))
                    .format(meetingSoonAt.atZoneSameInstant(World.HELSINKI)),
            unmapped.name()
                + " ("
                + unmapped.reference()
                + ") – täydennä kartoitus (6 kohtaa tyhjänä)");
    assertThat(
            browser
                .findElement(By.linkText(meetingSoon.name() + " (" + meetingSoon.reference() + ")"))
                .getAttribute("href"))
        .as("each item links to its case")
        .endsWith("cases/case.xhtml?id=" + meetingSoon.id());
    if (mine.getText().contains(waiting.reference())) {
      assertThat(mine.getText())
          .contains(
              waiting.name() + " (" + waiting.reference() + ") – odottaa paikkaa kokouksessa");
    }

    // the partner: the invitations not yet answered (the first few, and a link to the rest: nine
    // more for Kalle make sure there is a rest), their next slots, the organisation's action
    OffsetDateTime busyDay = World.at(7, 8);
    long invitationDay = world.meeting(busyDay, Duration.ofHours(8), "Kotisivun kutsupäivä");
    for (int i = 0; i < 9; i++) {
      World.Client invited = world.referClient("Kotisivu", "Kutsuttu");
      world.consent(invited, World.grant(World.KODIT, World.IDENTITY));
      long invitedSlot = world.slot(invitationDay, invited, busyDay.plusMinutes(45L * i));
      world.invite(invitationDay, invitedSlot, World.contact(World.KALLE));
    }
    home("partner", "home-partner");
    List<String> unanswered =
        World.json(
                "{\"s\":"
                    + world.web().getWithToken("api/v1/my-slots", world.token("partner")).body()
                    + "}")
            .getJsonArray("s")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("answer").equals("NEEDS_ACTION"))
            .map(s -> "(" + s.getString("caseReference") + ")")
            .toList();
    assertThat(unanswered)
        .as("Kalle's unanswered slots, as the API lists them")
        .hasSizeGreaterThan(9);
    List<String> shownInvitations = linksIn("unanswered");
    assertThat(shownInvitations).as("the first eight, in the API's order").hasSize(8);
    for (int i = 0; i < 8; i++) {
      assertThat(shownInvitations.get(i)).endsWith(unanswered.get(i));
    }
    assertThat(browser.findElement(By.cssSelector("#unansweredMore a")).getText())
        .isEqualTo(
            "Ja "
                + (unanswered.size() - 8)
                + " muuta vastaamatonta kutsua: katso kaikki omista kokouksistasi");
    assertThat(linksIn("mySlots")).anyMatch(t -> t.contains(onMeeting.reference()));
    assertThat(linksIn("orgActions")).anyMatch(t -> t.contains("Kotisivun toimenpide"));

    // the administrator: deliveries, kept replies, staff and the system's state
    home("admin", "home-admin");
    assertThat(browser.findElement(By.id("adminStatus")).getText())
        .contains("Toimitukset:", "Käsin luettavia vastauksia:", "Järjestelmän tila");
  }

  /**
   * Kalle's calendar proposes another time; the chair keeps the time on the home page: Kalle gets
   * the organizer's DECLINECOUNTER mail for the same invitation, and the proposal leaves the list.
   */
  @Test
  void theChairKeepsTheTimeAgainstAProposalOfAnother() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Kotisivu", "Aikaehdotus");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    var start = World.at(8, 9);
    long meeting = world.meeting(start, Duration.ofHours(3), "Aikaehdotuksen kokoushuone");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.contact(World.KALLE));
    String invitation =
        " from invitation where slot_id = " + slot + " and attendee_email = '" + World.KALLE + "'";
    World.answerLink(slot, World.KALLE); // the invitation was sent
    String uid = EmbeddedServices.stringValue("select uid" + invitation);
    int sequence = (int) EmbeddedServices.count("select sequence_no" + invitation);
    World.proposeAnotherTime(uid, sequence, World.KALLE, start.plusDays(1));
    EmbeddedServices.awaitCount(
        "select count(*) from inbound_reply where uid = '" + uid + "' and outcome = 'COUNTER'");

    home("chair", "home-chair-counter");
    WebElement proposal = update(client.reference());
    assertThat(proposal.getText()).contains("ehdottaa toista aikaa");
    proposal.findElement(By.cssSelector("input[id$='keepTime']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messageArea"), "aika pysyy"));
    assertThat(linksIn("updates"))
        .as("the handled proposal leaves the chair's list")
        .noneMatch(t -> t.contains(client.reference()));
    BrowserSession.assertNoAccessibilityViolations(browser, "home page after keeping the time");

    String messageId =
        EmbeddedServices.stringValue(
            "select m.message_id from outbound_message m join invitation i on i.id ="
                + " m.invitation_id where i.uid = '"
                + uid
                + "' and m.kind = 'DECLINECOUNTER'");
    assertThat(messageId).as("a DECLINECOUNTER for Kalle's invitation").isNotNull();
    var mail = EmbeddedServices.awaitMessage(messageId);
    assertThat(mail.getSubject()).startsWith("Aika pysyy: ASO-kokous");
    assertThat(EmbeddedServices.plainText(mail))
        .contains("ei voinut siirtää kokousta ehdottamaasi aikaan")
        .doesNotContain(client.name());
  }

  private WebElement update(String caseReference) {
    return browser.findElements(By.cssSelector("#updates li")).stream()
        .filter(li -> li.getText().contains(caseReference))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no update about " + caseReference));
  }

  /** Signs in afresh as {@code user} and waits for the home page; a screenshot for the record. */
  private void home(String user, String screenshot) throws Exception {
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn(user, DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
    BrowserSession.screenshot(browser, screenshot);
    BrowserSession.assertNoAccessibilityViolations(browser, "home page of " + user);
  }

  private List<String> linksIn(String listId) {
    return browser.findElements(By.cssSelector("#" + listId + " a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
