package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import fi.aso.testing.ForeignWords;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The meeting day in headless Chromium: the chair records attendance, the assessment and two
 * actions for a client's slot and makes the minutes, the case worker reviews them (the maker is not
 * offered the review) and the chair approves and sends them; the partner then sees only their
 * organisation's action and marks it done.
 */
class MeetingDayInBrowserIT extends BrowserTest {

  private World world;

  /** A client whose consent names Joensuun Kodit (the demo partner's organisation). */
  private World.Client virtanen;

  /** A client whose consent names Josna and the substance-abuse services, not Kodit. */
  private World.Client laine;

  @BeforeEach
  void clients() throws Exception {
    world = new World(base);
    virtanen =
        world.referClient(
            "Mikko",
            "Virtanen",
            LocalDate.now(World.HELSINKI).plusMonths(2),
            Map.of("SUBSTANCE_USE", "Alkoholi, raitis vankeusaikana"));
    world.consent(virtanen, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    laine = world.referClient("Pekka", "Laine");
    world.consent(
        laine,
        World.grant(World.JOSNA, World.IDENTITY, World.HOUSING),
        World.grant(World.SUBSTANCE_SERVICES, World.IDENTITY, World.HEALTH));
  }

  /** A meeting of both clients, Kalle invited to Virtanen's slot and Jonna to Laine's. */
  private long meetingOfBoth(OffsetDateTime start) throws Exception {
    long meeting =
        world.meeting(start, Duration.ofHours(3), "Joensuun yhdyskuntaseuraamustoimisto");
    world.invite(meeting, world.slot(meeting, virtanen, start), World.KALLE);
    world.invite(meeting, world.slot(meeting, laine, start.plusMinutes(45)), World.JONNA);
    return meeting;
  }

  @Test
  void theChairRecordsTheSlotAndThePartnerMarksTheirActionDone() throws Exception {
    long meeting = meetingOfBoth(World.at(1, 9));
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMeetings")));
    browser.navigate().to(base.resolve("meetings/day.xhtml?id=" + meeting).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayTitle")));
    WebElement virtanensSlot = slot(virtanen.name());
    assertThat(virtanensSlot.getText())
        .as("notes start from the referral")
        .contains("raitis vankeusaikana");
    BrowserSession.assertNoAccessibilityViolations(browser, "meeting day");

    WebElement kalle =
        virtanensSlot.findElements(By.cssSelector("form.attendance-row")).stream()
            .filter(f -> f.getText().contains("Kalle Kumppani"))
            .findFirst()
            .orElseThrow();
    new Select(kalle.findElement(By.tagName("select"))).selectByValue("PRESENT");
    kalle.findElement(By.tagName("button")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messageArea"), "Tallennettu"));
    assertThat(
            EmbeddedServices.count(
                "select count(*) from slot_invitee i join contact_person p on p.id = i.contact_person_id"
                    + " join client_slot s on s.id = i.slot_id where s.meeting_id = "
                    + meeting
                    + " and p.name = 'Kalle Kumppani'"
                    + " and i.attendance = 'PRESENT'"))
        .isEqualTo(1);

    virtanensSlot = slot(virtanen.name());
    new Select(virtanensSlot.findElement(By.cssSelector("select[id$='housing']")))
        .selectByValue("SUPPORTED_HOUSING");
    // typing is saved after a pause, without leaving the field: closing the browser now would lose
    // nothing
    virtanensSlot
        .findElement(By.cssSelector("textarea[id$='support']"))
        .sendKeys("Asumisohjaus viikoittain");
    String supportSaved =
        "select count(*) from slot_record r join client_slot s on s.id = r.slot_id join client_case c on c.id = s.case_id"
            + " where c.id = "
            + virtanen.id()
            + " and r.support_needed = 'Asumisohjaus viikoittain'";
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
        .until(b -> EmbeddedServices.count(supportSaved) == 1);
    virtanensSlot = slot(virtanen.name());
    virtanensSlot
        .findElement(By.cssSelector("textarea[id$='decisions']"))
        .sendKeys("Tuettu asuminen Kotien kautta <b>heti</b>.");
    virtanensSlot.findElement(By.cssSelector("button[id$='record:save']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messageArea"), "Tallennettu"));

    String due = LocalDate.now().plusDays(14).toString();
    addAction(virtanen.name(), "Tarjoa tuettua asuntoa", "Joensuun Kodit Oy – Kalle Kumppani", due);
    addAction(virtanen.name(), "Hae asumistukea", "Vastuutyöntekijä", due);
    assertThat(slot(virtanen.name()).getText())
        .contains("Tarjoa tuettua asuntoa", "Hae asumistukea");
    // a refused input is said in the user's language, and nothing is added
    WebElement empty = slot(virtanen.name());
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            empty.findElement(By.cssSelector("input[name='actionDue']")),
            due);
    submit(empty.findElement(By.cssSelector("button[id$='addAction:add']")));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Kerro, mitä tehdään.")
        .doesNotContain("say what");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from action_item a join client_slot s on s.id = a.slot_id where s.meeting_id = "
                    + meeting))
        .isEqualTo(2);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from slot_record r join client_slot s on s.id = r.slot_id"
                    + " join client_case c on c.id = s.case_id where c.id = "
                    + virtanen.id()
                    + " and r.housing_form = 'SUPPORTED_HOUSING'"))
        .isEqualTo(1);
    BrowserSession.screenshot(browser, "60-meeting-day");

    // the chair makes the minutes; the demo region asks for a second person to review them
    submit(By.id("minutes:prepare"));
    assertThat(browser.findElement(By.id("minutesWaiting")).getText())
        .contains(
            "Odottaa tarkastusta: toinen henkilö kuin muistion laatija Paavo Puheenjohtaja",
            "et voi tarkastaa sitä itse");
    assertThat(browser.findElements(By.id("minutes:review")))
        .as("the maker is not offered the review")
        .isEmpty();
    assertThat(browser.findElements(By.id("minutes:approve"))).isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "minutes waiting for review");
    BrowserSession.screenshot(browser, "60a-minutes-waiting-for-a-second-person");

    // the case worker reviews them (and does not approve: a chair does)
    openDayAs("caseworker", meeting);
    assertThat(browser.findElement(By.id("minutesWaiting")).getText())
        .contains("Odottaa tarkastusta: toinen henkilö")
        .doesNotContain("et voi tarkastaa");
    submit(By.id("minutes:review"));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Muistio merkittiin tarkastetuksi.");
    assertThat(browser.findElement(By.id("minutesWaiting")).getText())
        .contains("Odottaa hyväksymistä: puheenjohtaja.");
    assertThat(browser.findElement(By.id("minutesVersions")).getText())
        .contains("Tarkastettu", "Veera Vastuutyöntekijä");
    assertThat(browser.findElements(By.id("minutes:approve"))).isEmpty();

    // the chair who made them approves them
    openDayAs("chair", meeting);
    submit(By.id("minutes:approve"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("minutesVersions"), "hyväksytty"));
    assertThat(browser.findElements(By.id("minutesWaiting"))).as("nothing waits").isEmpty();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from minutes where meeting_id = "
                    + meeting
                    + " and state = 'APPROVED' and created_by = 'chair'"
                    + " and reviewed_by = 'caseworker' and approved_by = 'chair'"))
        .isEqualTo(1);
    // sending says how many copies went to whom; sending again, that nothing was new
    submit(By.id("minutes:send"));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains(
            "Muistio lähetettiin 2 vastaanottajalle:",
            "Kalle Kumppani (Joensuun Kodit Oy)",
            "Jonna Josna (Joensuun Seudun Nuorisoasuntoyhdistys Josna)");
    assertThat(browser.findElement(By.id("minutesCopies")).getText())
        .contains("partner@aso.localhost");
    submit(By.id("minutes:send"));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("mitään ei lähetetty")
        .doesNotContain("Muistio lähetettiin");
    String copy =
        EmbeddedServices.stringValue(
            "select c.id from minutes_copy c join minutes m on m.id = c.minutes_id"
                + " where m.meeting_id = "
                + meeting
                + " and c.recipient = 'partner@aso.localhost'");

    // the client's own copy, handed over by the case worker: their slot only, and the hand-over is
    // recorded
    String clientCopy =
        slot(virtanen.name())
            .findElement(By.cssSelector("a[id^='clientCopy-']"))
            .getAttribute("href");
    String finnishCopy = pdfText(URI.create(clientCopy));
    assertThat(finnishCopy)
        .contains(virtanen.reference(), virtanen.name())
        .doesNotContain(laine.reference(), laine.name());
    // in the language the client reads (the page's by default), that one only, without a word of
    // the code's English

    assertThat(ForeignWords.in(finnishCopy, "fi")).isEmpty();
    assertThat(finnishCopy).contains("Vastaanottaja: Asiakas", " klo ").doesNotContain("Klienten");
    String swedishCopy = pdfText(URI.create(clientCopy + "&language=sv"));
    assertThat(ForeignWords.in(swedishCopy, "sv")).isEmpty();
    assertThat(swedishCopy)
        .contains("Klientstyrningsgruppens minnesanteckningar", "Mottagare: Klienten", " kl. ")
        .doesNotContain("Asiakas");
    // the partner's notice of the minutes: Finnish and Swedish, nothing of the code's English
    var notice =
        EmbeddedServices.awaitMail(
            "the minutes notice to the partner",
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals("partner@aso.localhost")
                    && m.getSubject().startsWith("ASO-kokouksen muistio");
              } catch (Exception e) {
                return false;
              }
            });
    assertThat(
            ForeignWords.in(notice.getSubject() + "\n" + EmbeddedServices.plainText(notice), "sv"))
        .isEmpty();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from minutes_copy c join minutes m on m.id = c.minutes_id where m.meeting_id = "
                    + meeting
                    + " and c.recipient = 'client (via chair)'"))
        .as("each copy handed over is recorded: one in Finnish, one in Swedish")
        .isEqualTo(2);
    // the copies list says who handed them over, in words and by name
    browser.navigate().to(browser.getCurrentUrl());
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minutesCopies")))
                .getText())
        .contains("asiakkaalle, antaja Paavo Puheenjohtaja")
        .doesNotContain("client (via");

    // a correction after approval is a new version; the history names what changed
    virtanensSlot = slot(virtanen.name());
    virtanensSlot
        .findElement(By.cssSelector("textarea[id$='decisions']"))
        .sendKeys(" Korjaus: muutto 1.3.");
    virtanensSlot.findElement(By.cssSelector("button[id$='record:save']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messageArea"), "Tallennettu"));
    submit(By.id("minutes:prepare"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("minutesVersions"), "luonnos"));
    assertThat(browser.findElement(By.id("minutesVersions")).getText())
        .contains("hyväksytty", virtanen.reference() + ": päätökset", "Paavo Puheenjohtaja");
    BrowserSession.assertNoAccessibilityViolations(browser, "minutes history");
    BrowserSession.screenshot(browser, "60b-minutes-history");

    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("partner", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navActions"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actionsTitle")));
    String list = browser.findElement(By.id("mine:list")).getText();
    assertThat(list)
        .contains("Tarjoa tuettua asuntoa")
        .doesNotContain("Hae asumistukea", virtanen.name());
    BrowserSession.assertNoAccessibilityViolations(browser, "partner's actions");
    WebElement row =
        browser.findElements(By.cssSelector("#mine\\:list tbody tr")).stream()
            .filter(r -> r.getText().contains("Tarjoa tuettua asuntoa"))
            .findFirst()
            .orElseThrow();
    new Select(row.findElement(By.tagName("select"))).selectByValue("DONE");
    row.findElement(By.cssSelector("input[type=text]")).sendKeys("Sopimus allekirjoitettu");
    submit(row.findElement(By.tagName("button")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Tilanne tallennettiin"));
    BrowserSession.screenshot(browser, "61-partner-action-done");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from action_item a join client_slot s on s.id = a.slot_id"
                    + " where s.meeting_id = "
                    + meeting
                    + " and a.what = 'Tarjoa tuettua asuntoa' and a.status = 'DONE'"
                    + " and a.updated_by = 'partner'"))
        .isEqualTo(1);
    // done, it leaves the open actions the list shows by default; the organisation's list of every
    // state has it (named to Kalle); the case worker's own action is in neither
    assertThat(browser.findElement(By.id("mine:list")).getText())
        .doesNotContain("Tarjoa tuettua asuntoa");
    browser.findElement(By.id("listOrganisation")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("listOrganisation"), "aria-current", "page"));
    assertThat(browser.findElement(By.id("mine:list")).getText())
        .doesNotContain("Tarjoa tuettua asuntoa");
    new Select(browser.findElement(By.id("state"))).selectByValue("");
    submit(By.id("actionSearchButton"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("mine:list"), "Tarjoa tuettua asuntoa"));
    assertThat(browser.findElement(By.id("mine:list")).getText())
        .contains("Tarjoa tuettua asuntoa", "Kalle Kumppani")
        .doesNotContain("Hae asumistukea");
    BrowserSession.assertNoAccessibilityViolations(browser, "partner's organisation's actions");

    // the minutes mail's link: the partner's own cut, with Virtanen and not Laine
    assertThat(pdfText(base.resolve("minutes/copy.pdf?id=" + copy)))
        .contains(virtanen.reference(), virtanen.name())
        .doesNotContain(laine.reference(), laine.name());
  }

  /** The first page's text of a PDF fetched with the browser's session. */
  private String pdfText(URI address) throws Exception {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    var pdf =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(address)
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).as(address.toString()).isEqualTo(200);
    com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
    return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
  }

  @Test
  void aCaseWorkerSeesTheHeldMeetingReadOnlyAndCanHandTheClientTheirCopy() throws Exception {
    // held five weeks ago: an action for Josna, the minutes approved
    OffsetDateTime fiveWeeksAgo = World.at(-35, 9);
    long held =
        world.meeting(fiveWeeksAgo, Duration.ofHours(3), "Joensuun yhdyskuntaseuraamustoimisto");
    world.invite(held, world.slot(held, virtanen, fiveWeeksAgo), World.KALLE);
    long laineSlot = world.slot(held, laine, fiveWeeksAgo.plusMinutes(45));
    world.invite(held, laineSlot, World.JONNA);
    world.action(
        laineSlot,
        "Tarjoa tukiasuntoa Josnan kohteesta",
        World.JOSNA,
        World.JONNA,
        LocalDate.now(World.HELSINKI).plusDays(7));
    world.approveMinutes(held);
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navCases")));
    browser.navigate().to(base.resolve("meetings/day.xhtml?id=" + held).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayTitle")));

    assertThat(browser.findElements(By.tagName("textarea")))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.getAttribute("readonly")).as("read-only").isNotNull());
    assertThat(browser.findElements(By.id("minutes:prepare")))
        .as("only the chair makes minutes")
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("button[id$='addAction:add']"))).isEmpty();
    assertThat(browser.findElement(By.id("minutesVersions")).getText()).contains("hyväksytty");
    assertThat(slot(laine.name()).getText()).contains("Tarjoa tukiasuntoa Josnan kohteesta");
    String copy =
        slot(laine.name()).findElement(By.cssSelector("a[id^='clientCopy-']")).getAttribute("href");
    assertThat(pdfText(URI.create(copy)))
        .contains(laine.reference(), laine.name())
        .doesNotContain(virtanen.reference(), virtanen.name());
    BrowserSession.assertNoAccessibilityViolations(browser, "meeting day, read-only");
  }

  /** Signs in afresh as {@code user} and opens the meeting's day. */
  private void openDayAs(String user, long meeting) throws Exception {
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn(user, DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navCases")));
    browser.navigate().to(base.resolve("meetings/day.xhtml?id=" + meeting).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dayTitle")));
  }

  private WebElement slot(String client) {
    return browser.findElements(By.cssSelector("article.slot")).stream()
        .filter(a -> a.findElement(By.tagName("h2")).getText().contains(client))
        .findFirst()
        .orElseThrow();
  }

  private void addAction(String client, String what, String who, String due) throws Exception {
    WebElement slot = slot(client);
    slot.findElement(By.cssSelector("input[name='actionWhat']")).sendKeys(what);
    new Select(slot.findElement(By.cssSelector("select[name='actionWho']")))
        .selectByVisibleText(who);
    WebElement date = slot.findElement(By.cssSelector("input[name='actionDue']"));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", date, due);
    String set = date.getAttribute("value") + " name=" + date.getAttribute("name");
    submit(slot.findElement(By.cssSelector("button[id$='addAction:add']")));
    try {
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("messageArea"), "Toimenpide lisättiin"));
    } catch (org.openqa.selenium.TimeoutException e) {
      BrowserSession.screenshot(browser, "6x-action-not-added");
      throw new AssertionError(
          "action not added ("
              + set
              + "); the page says: "
              + browser.findElement(By.id("messageArea")).getText(),
          e);
    }
  }
}
