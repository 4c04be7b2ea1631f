package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A client's slot follows their release date and prison, on the real WAR with its mail server and
 * in headless Chromium: the probation service's system moves the release date before the planned
 * slot (API, with the case version), the case worker records a transfer on the case page; the slot
 * is flagged, not moved, the old prison's video room is released, the chair is told on the home
 * page and by mail (the case reference, never the name), and no invitation goes out again until the
 * chair decides on the meeting page.
 */
class SlotsFollowClientInBrowserIT extends BrowserTest {

  private static final String PROBATION_OFFICE = "Joensuun yhdyskuntaseuraamustoimisto";
  private static final String CHAIR_MAIL = "chair@aso.localhost";

  @Test
  void aMovedReleaseAndATransferFlagTheSlotForTheChairAndNothingIsSentUntilTheChairDecides()
      throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Siirtyvä", "Vapautuja");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    var start = World.at(25, 12);
    long meeting = world.meeting(start, Duration.ofHours(2), "Vapautumisen kokoushuone");
    long slot = world.slot(meeting, client, start, "VIDEO_FROM_PRISON", null);
    world.invite(meeting, slot, World.KALLE);
    String sentRequests =
        "select count(*) from outbound_message m join invitation i on i.id = m.invitation_id"
            + " where i.slot_id = "
            + slot
            + " and m.kind = 'REQUEST'";
    EmbeddedServices.awaitCount(sentRequests + " and m.status = 'SENT'");
    long requestsBefore = EmbeddedServices.count(sentRequests);

    // the probation service's system: the release is brought forward, before the slot
    LocalDate earlier = LocalDate.now(World.HELSINKI).plusDays(3);
    var moved =
        world
            .web()
            .putJsonWithToken(
                "api/v1/cases/" + client.id() + "/release",
                world.token("caseworker"),
                "{\"version\":"
                    + caseVersion(world, client)
                    + ",\"expectedReleaseDate\":\""
                    + earlier
                    + "\",\"institutionId\":"
                    + World.organisation(World.PRISON)
                    + "}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(World.json(moved.body()).getString("expectedReleaseDate"))
        .isEqualTo(earlier.toString());
    // a stale version changes nothing
    var stale =
        world
            .web()
            .putJsonWithToken(
                "api/v1/cases/" + client.id() + "/release",
                world.token("caseworker"),
                "{\"version\":0,\"expectedReleaseDate\":\""
                    + earlier.plusDays(1)
                    + "\",\"institutionId\":"
                    + World.organisation(World.PRISON)
                    + "}");
    assertThat(stale.statusCode()).isEqualTo(409);

    JsonObject flagged = slotOf(world, meeting, slot);
    assertThat(flagged.getBoolean("reviewRelease")).isTrue();
    assertThat(absent(flagged, "afterReleaseReason")).as("a reason is needed again").isTrue();
    assertThat(java.time.Instant.parse(flagged.getString("start")))
        .as("flagged, not moved")
        .isEqualTo(start.toInstant());
    MimeMessage notice =
        EmbeddedServices.awaitMail(
            "the chair's notice of the moved release",
            m ->
                EmbeddedServices.mailTo(CHAIR_MAIL).test(m)
                    && subject(m).contains(client.reference()));
    assertThat(subject(notice)).contains("vapautuu ennen kokousta").doesNotContain(client.name());
    String text = EmbeddedServices.plainText(notice);
    assertThat(text)
        .contains(client.reference(), "meetings/meeting.xhtml?id=" + meeting)
        .doesNotContain(client.name())
        .doesNotContain("Vapautuja");

    // the case worker records the transfer on the case page: the prison's video room is released
    signIn("caseworker");
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("releaseEditor")));
    browser.findElement(By.cssSelector("#releaseEditor summary")).click();
    new Select(browser.findElement(By.id("releaseEdit:institution")))
        .selectByVisibleText(PROBATION_OFFICE);
    submit(By.id("releaseEdit:saveRelease"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Vapautumispäivä ja vankila tallennettiin.");
    JsonObject transferred = slotOf(world, meeting, slot);
    assertThat(absent(transferred, "videoRoomId")).as("the old prison's room is released").isTrue();
    assertThat(transferred.getBoolean("reviewPrison")).isTrue();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from client_slot where video_room_id = "
                    + World.organisation(World.PRISON)
                    + " and id = "
                    + slot))
        .isZero();
    assertThat(EmbeddedServices.count(sentRequests))
        .as("no invitation is sent again before the chair decides")
        .isEqualTo(requestsBefore);

    // the chair's home page lists both, new, linked to the meeting
    signIn("chair");
    List<String> updates =
        browser.findElements(By.cssSelector("#updates a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(updates)
        .anyMatch(t -> t.startsWith(client.reference() + ": vapautumispäivä muuttui"))
        .anyMatch(t -> t.startsWith(client.reference() + ": asiakas siirtyi toiseen vankilaan"))
        .noneMatch(t -> t.contains(client.name()));
    assertThat(
            browser
                .findElement(By.partialLinkText(client.reference() + ": vapautumispäivä muuttui"))
                .getAttribute("href"))
        .endsWith("meetings/meeting.xhtml?id=" + meeting);
    BrowserSession.assertNoAccessibilityViolations(browser, "home page with a flagged slot");
    atBothWidths("slot-review-home");

    // the meeting page shows the flag and what is asked of the chair
    browser.navigate().to(base.resolve("meetings/meeting.xhtml?id=" + meeting).toString());
    By review = By.id("review-" + slot);
    wait.until(ExpectedConditions.visibilityOfElementLocated(review));
    assertThat(browser.findElement(review).getText())
        .contains(
            "Odottaa päätöstäsi",
            "vapautumispäivä muuttui",
            "siirtyi toiseen vankilaan",
            "Kutsuja ei lähetetä uudelleen ennen kuin päätät.");
    BrowserSession.assertNoAccessibilityViolations(browser, "meeting page with a flagged slot");
    atBothWidths("slot-review-meeting");

    // the chair decides: without a reason the slot after the release is refused
    WebElement form = browser.findElement(review);
    new Select(form.findElement(By.cssSelector("select[id$='reviewRoom']")))
        .selectByVisibleText(World.PRISON);
    submit(form.findElement(By.cssSelector("button[id$='confirmReview']")));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Kokous on asiakkaan arvioidun vapautumispäivän jälkeen");
    assertThat(EmbeddedServices.count(sentRequests)).isEqualTo(requestsBefore);
    form = browser.findElement(review);
    form.findElement(By.cssSelector("input[id$='reviewReason']"))
        .sendKeys("Jälkihuollon kokous, vapautuminen aikaistui");
    new Select(form.findElement(By.cssSelector("select[id$='reviewRoom']")))
        .selectByVisibleText(World.PRISON);
    submit(form.findElement(By.cssSelector("button[id$='confirmReview']")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Päätös tallennettiin.");
    assertThat(browser.findElements(review)).isEmpty();
    JsonObject decided = slotOf(world, meeting, slot);
    assertThat(decided.getString("afterReleaseReason"))
        .isEqualTo("Jälkihuollon kokous, vapautuminen aikaistui");
    assertThat(decided.getJsonNumber("videoRoomId").longValue())
        .isEqualTo(World.organisation(World.PRISON));
    assertThat(decided.getBoolean("reviewRelease") || decided.getBoolean("reviewPrison")).isFalse();
  }

  private void signIn(String user) throws Exception {
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn(user, DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
  }

  /** Screenshots at a desktop's 1280 px and a phone's 390 px, and axe at the phone's width. */
  private void atBothWidths(String name) throws Exception {
    Dimension desktop = browser.manage().window().getSize();
    BrowserSession.screenshot(browser, name + "-1280");
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      BrowserSession.screenshot(browser, name + "-390");
      BrowserSession.assertNoAccessibilityViolations(browser, name + " at 390 px");
    } finally {
      browser.manage().window().setSize(desktop);
    }
  }

  private static long caseVersion(World world, World.Client client) throws Exception {
    return World.json(
            world
                .web()
                .getWithToken("api/v1/cases/" + client.id(), world.token("caseworker"))
                .body())
        .getJsonNumber("version")
        .longValue();
  }

  private static JsonObject slotOf(World world, long meeting, long slot) throws Exception {
    return World.json(
            world.web().getWithToken("api/v1/meetings/" + meeting, world.token("chair")).body())
        .getJsonArray("slots")
        .stream()
        .map(s -> s.asJsonObject())
        .filter(s -> s.getJsonNumber("id").longValue() == slot)
        .findFirst()
        .orElseThrow();
  }

  /** JSON-B leaves out a null field. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
