package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages people reach without signing in, in headless Chromium on the real WAR: the page behind
 * an invitation's accept/decline link (in Finnish and Swedish, answered, already answered,
 * cancelled, expired), the video join link before and after its meeting, the error page, and the
 * accessibility statement with its feedback form. Each is checked with axe at desktop and phone
 * width; screenshots land in target/screenshots/public-*.png.
 */
class PublicPagesInBrowserIT extends BrowserTest {

  private static final String[] FI_DAYS = {"ma", "ti", "ke", "to", "pe", "la", "su"};
  private static final String[] SV_DAYS = {"mån", "tis", "ons", "tors", "fre", "lör", "sön"};

  @Test
  void theAnswerPageShowsTheMeetingInFinnishAndSwedishAndSavesAndChangesTheAnswer()
      throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Vastaus", "Sivulla");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    OffsetDateTime start = World.at(37, 9).plusMinutes(40);
    long meeting =
        world.meeting(World.at(37, 9), Duration.ofHours(3), "Yhdyskuntaseuraamustoimisto, huone 2");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.contact(World.KALLE));
    URI link = World.answerLink(slot, World.KALLE);

    browser.navigate().to(link + "?a=ACCEPTED");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingDetails")));
    assertThat(text("meetingTime")).isEqualTo(span(start, FI_DAYS, "klo"));
    assertThat(text("meetingPlace")).isEqualTo("Yhdyskuntaseuraamustoimisto, huone 2");
    assertThat(text("caseReference")).isEqualTo(client.reference());
    assertThat(page(browser)).contains("Pääsetkö").doesNotContain(client.name());
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fi");
    assertThat(browser.findElements(By.id("alreadyAnswered"))).isEmpty();
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("answer-ACCEPTED");
    BrowserSession.assertNoAccessibilityViolations(browser, "answer page (fi)");
    BrowserSession.screenshot(browser, "public-answer-fi");

    submit(By.id("answer-ACCEPTED"));
    assertThat(text("answerResult")).isEqualTo("Kiitos, vastauksesi on tallennettu.");
    assertThat(text("currentAnswer")).isEqualTo("Vastauksesi nyt: Tulen");
    assertThat(answerOf(slot)).isEqualTo("ACCEPTED");
    BrowserSession.assertNoAccessibilityViolations(browser, "answer saved (fi)");

    // the link again: already answered, the answer can be changed, in Swedish too
    browser.navigate().to(link.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alreadyAnswered")));
    browser.findElement(By.id("lang-sv")).click();
    wait.until(
        ExpectedConditions.textToBe(
            By.id("answerQuestion"), "Kan du komma till klientstyrningsgruppens möte?"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
    assertThat(text("meetingTime")).isEqualTo(span(start, SV_DAYS, "kl."));
    assertThat(text("currentAnswer")).isEqualTo("Ditt svar nu: Jag kommer");
    assertThat(text("alreadyAnswered")).startsWith("Du har redan svarat");
    assertThat(page(browser)).doesNotContain(client.name());
    BrowserSession.assertNoAccessibilityViolations(browser, "answer page, already answered (sv)");
    BrowserSession.screenshot(browser, "public-answer-sv-answered");
    submit(By.id("answer-DECLINED"));
    assertThat(text("answerResult")).isEqualTo("Tack, ditt svar har sparats.");
    assertThat(text("currentAnswer")).isEqualTo("Ditt svar nu: Jag kan inte komma");
    assertThat(answerOf(slot)).isEqualTo("DECLINED");

    // a phone: the same page fits its width and passes axe
    onPhone(
        link.toString(),
        By.id("meetingDetails"),
        "answer page on a phone",
        "public-answer-phone",
        phone ->
            assertThat(phone.findElement(By.id("currentAnswer")).getText())
                .isEqualTo("Vastauksesi nyt: En pääse"));
  }

  @Test
  void anAnswerLinkOfAWithdrawnInvitationOrAMeetingLongPastSaysSoPlainly() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Vastaus", "Peruttu");
    world.consent(
        client, World.grant(World.KODIT, World.IDENTITY), World.grant(World.SOTE, World.IDENTITY));
    OffsetDateTime start = World.at(38, 10);
    long meeting = world.meeting(start, Duration.ofHours(2), "Peruttu kokoushuone");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.contact(World.KALLE));
    URI link = World.answerLink(slot, World.KALLE);
    // the client withdraws consent for Kodit: Kalle's invitation is cancelled
    assertThat(
            world
                .web()
                .postJsonWithToken(
                    "api/v1/cases/" + client.id() + "/consents/withdrawals",
                    world.token("caseworker"),
                    "{\"organisationId\":" + World.organisation(World.KODIT) + "}")
                .statusCode())
        .isEqualTo(200);
    assertThat(status(link)).isEqualTo(404);
    browser.navigate().to(link.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answerState")));
    assertThat(text("answerState")).startsWith("Tämä kutsu on peruttu");
    assertThat(browser.findElements(By.id("meetingDetails"))).isEmpty();
    assertThat(browser.findElements(By.id("answerForm"))).isEmpty();
    assertThat(page(browser)).doesNotContain(client.reference()).doesNotContain(client.name());
    BrowserSession.assertNoAccessibilityViolations(browser, "answer page, cancelled");
    BrowserSession.screenshot(browser, "public-answer-cancelled");

    // a meeting held ten days ago: its answer link ran out a week after the slot
    World.Client past = world.referClient("Vastaus", "Vanhentunut");
    world.consent(past, World.grant(World.KODIT, World.IDENTITY));
    OffsetDateTime then = World.at(-10, 9);
    long held = world.meeting(then, Duration.ofHours(2), "Mennyt kokoushuone");
    long heldSlot = world.slot(held, past, then);
    world.invite(held, heldSlot, World.contact(World.KALLE));
    URI old = World.answerLink(heldSlot, World.KALLE);
    browser.navigate().to(old.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answerState")));
    assertThat(text("answerState")).startsWith("Tämän linkin voimassaolo on päättynyt");
    assertThat(browser.findElements(By.id("answerForm"))).isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "answer page, expired");
    BrowserSession.screenshot(browser, "public-answer-expired");

    // the join link of that past meeting says when it was, and that it is over
    URI join = World.joinLink(heldSlot, World.KALLE);
    assertThat(status(join)).isEqualTo(404);
    browser.navigate().to(join.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("joinMessage")));
    assertThat(text("joinMessage"))
        .isEqualTo(
            "Kokous oli "
                + span(then, FI_DAYS, "klo")
                + ". Se on päättynyt, eikä videoyhteys ole enää auki.");
    BrowserSession.assertNoAccessibilityViolations(browser, "join page, after the meeting");
    BrowserSession.screenshot(browser, "public-join-after");
  }

  @Test
  void aJoinLinkBeforeItsMeetingSaysInWordsWhenTheMeetingIs() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Video", "Odottaa");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    OffsetDateTime start = World.at(39, 13);
    long meeting = world.meeting(start, Duration.ofHours(2), "Videokokous");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.contact(World.KALLE));
    URI join = World.joinLink(slot, World.KALLE);
    assertThat(status(join)).as("a genuine link that is not open yet").isEqualTo(410);

    browser.navigate().to(join.toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("joinMessage")));
    assertThat(text("joinMessage"))
        .startsWith("Kokous on " + span(start, FI_DAYS, "klo") + ".")
        .contains("avautuu vuorokautta ennen");
    assertThat(page(browser)).doesNotContain(client.name());
    BrowserSession.assertNoAccessibilityViolations(browser, "join page, before (fi)");
    BrowserSession.screenshot(browser, "public-join-before-fi");
    browser.findElement(By.id("lang-sv")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Delta i mötet med video"));
    assertThat(text("joinMessage")).startsWith("Mötet är " + span(start, SV_DAYS, "kl.") + ".");
    BrowserSession.assertNoAccessibilityViolations(browser, "join page, before (sv)");

    onPhone(
        join.toString(),
        By.id("joinMessage"),
        "join page on a phone",
        "public-join-phone",
        phone -> {});
  }

  @Test
  void theErrorPageIsStyledInTheUsersLanguageWithAWayBack() throws Exception {
    browser.navigate().to(base.resolve("resources/no-such-file.css").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errorExplanation")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sivua ei löytynyt");
    assertThat(browser.findElement(By.id("errorHome")).getText()).isEqualTo("Etusivulle");
    assertThat(page(browser)).doesNotContain("Exception").doesNotContain("at fi.aso");
    BrowserSession.assertNoAccessibilityViolations(browser, "error page (fi)");
    BrowserSession.screenshot(browser, "public-error-fi");
    browser.navigate().to(base.resolve("login.xhtml?lang=sv").toString());
    browser.navigate().to(base.resolve("resources/no-such-file.css").toString());
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sidan hittades inte"));
    assertThat(browser.findElement(By.id("footerAccessibility")).getText())
        .isEqualTo("Tillgänglighetsutlåtande");

    onPhone(
        base.resolve("resources/no-such-file.css").toString(),
        By.id("errorExplanation"),
        "error page on a phone",
        null,
        phone -> {});
  }

  @Test
  void theStatementIsReachableFromTheFooterInEveryLanguage() throws Exception {
    browser.navigate().to(base.resolve("login.xhtml").toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("footerAccessibility"))).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Saavutettavuusseloste"));
    assertThat(page(browser))
        .contains(
            "Rikosseuraamuslaitos",
            "WCAG 2.1",
            "Liikenne- ja viestintävirasto Traficom",
            "saavutettavuus@traficom.fi",
            "www.saavutettavuusvaatimukset.fi",
            "7.12.2026");
    assertThat(browser.findElements(By.cssSelector("#gaps li"))).hasSizeGreaterThanOrEqualTo(4);
    BrowserSession.assertNoAccessibilityViolations(browser, "accessibility statement (fi)");
    BrowserSession.screenshot(browser, "public-statement-fi");
    for (String[] language :
        new String[][] {{"sv", "Tillgänglighetsutlåtande"}, {"en", "Accessibility statement"}}) {
      browser.findElement(By.id("lang-" + language[0])).click();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), language[1]));
      // the footer says it in the same language, on this page and on the login page
      assertThat(browser.findElement(By.id("footerAccessibility")).getText())
          .isEqualTo(language[1]);
      BrowserSession.assertNoAccessibilityViolations(
          browser, "accessibility statement (" + language[0] + ")");
      BrowserSession.screenshot(browser, "public-statement-" + language[0]);
      browser.navigate().to(base.resolve("login.xhtml").toString());
      wait.until(ExpectedConditions.elementToBeClickable(By.id("footerAccessibility"))).click();
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), language[1]));
    }

    onPhone(
        base.resolve("accessibility.xhtml").toString(),
        By.id("feedback:send"),
        "statement on a phone",
        "public-statement-phone",
        phone -> {});
  }

  @Test
  void feedbackReachesTheRegionsAdministratorQuotedAndBadFeedbackChangesNothing() throws Exception {
    browser.navigate().to(base.resolve("accessibility.xhtml?lang=fi").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
    new Select(browser.findElement(By.id("feedback:region")))
        .selectByVisibleText("Joensuun ASO-ryhmä");
    int before = feedbackMailsTo("admin@aso.localhost");

    submit(By.id("feedback:send"));
    assertThat(page(browser)).contains("Kirjoita palaute ennen kuin lähetät sen.");
    assertThat(browser.findElements(By.id("feedbackThanks"))).isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "feedback form with an error");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('feedback:text').value = 'x'.repeat(4001);");
    submit(By.id("feedback:send"));
    assertThat(page(browser)).contains("Palaute on liian pitkä");
    assertThat(browser.findElements(By.id("feedbackThanks"))).isEmpty();

    String written = "<script>alert('x')</script> ei luettavissa\nAika / Tid: huomenna";
    browser.findElement(By.id("feedback:text")).clear();
    browser.findElement(By.id("feedback:text")).sendKeys(written);
    browser.findElement(By.id("feedback:reply")).sendKeys("palautteen.antaja@example.fi");
    submit(By.id("feedback:send"));
    assertThat(text("feedbackThanks")).startsWith("Kiitos palautteesta!");
    assertThat(browser.findElement(By.id("feedback:text")).getAttribute("value")).isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "feedback sent");
    BrowserSession.screenshot(browser, "public-feedback-sent");

    MimeMessage mail =
        EmbeddedServices.awaitMail(
            "the feedback to the region's administrator",
            m ->
                EmbeddedServices.mailTo("admin@aso.localhost").test(m)
                    && subject(m).startsWith("Saavutettavuuspalaute"));
    String body = EmbeddedServices.plainText(mail).replace("\r\n", "\n");
    assertThat(subject(mail)).isEqualTo("Saavutettavuuspalaute: Joensuun ASO-ryhmä");
    assertThat(body)
        .contains("> <script>alert('x')</script> ei luettavissa\n> Aika / Tid: huomenna")
        .contains("> palautteen.antaja@example.fi");
    assertThat(feedbackMailsTo("admin@aso.localhost"))
        .as("the two refused tries sent nothing")
        .isEqualTo(before + 1);

    // one address may send five; the sixth is refused with when to try again, and sends nothing
    for (int sent = 2; sent <= 6; sent++) {
      browser.findElement(By.id("feedback:text")).sendKeys("Palaute numero " + sent);
      submit(By.id("feedback:send"));
      if (sent <= 5) {
        assertThat(text("feedbackThanks")).startsWith("Kiitos palautteesta!");
      }
    }
    assertThat(browser.findElements(By.id("feedbackThanks"))).isEmpty();
    assertThat(page(browser)).containsPattern("Yritä uudelleen \\d+ minuutin kuluttua");
    assertThat(browser.findElement(By.id("feedback:text")).getAttribute("value"))
        .as("the refused text stays to be sent later")
        .isEqualTo("Palaute numero 6");
    EmbeddedServices.awaitMail(
        "the fifth feedback",
        m ->
            subject(m).startsWith("Saavutettavuuspalaute")
                && bodyOf(m).contains("Palaute numero 5"));
    assertThat(feedbackMailsTo("admin@aso.localhost")).isEqualTo(before + 5);
  }

  // --- helpers ---

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static String page(WebDriver driver) {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** "ke 16.12.2026 klo 9.40–10.25": the slot's 45 minutes, in Helsinki time. */
  private static String span(OffsetDateTime start, String[] days, String at) {
    ZonedDateTime from = start.atZoneSameInstant(World.HELSINKI);
    ZonedDateTime to = from.plusMinutes(45);
    return days[from.getDayOfWeek().getValue() - 1]
        + " "
        + from.getDayOfMonth()
        + "."
        + from.getMonthValue()
        + "."
        + from.getYear()
        + " "
        + at
        + " "
        + from.getHour()
        + "."
        + String.format("%02d", from.getMinute())
        + "–"
        + to.getHour()
        + "."
        + String.format("%02d", to.getMinute());
  }

  private static String answerOf(long slot) {
    return EmbeddedServices.stringValue(
        "select answer from slot_invitee where contact_person_id is not null and slot_id = "
            + slot);
  }

  private static int status(URI link) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(HttpRequest.newBuilder(link).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * Opens the page on a phone-sized window: it must not scroll sideways and must pass axe; then
   * {@code more} checks what it shows, and a screenshot is saved under {@code screenshot}.
   */
  private static void onPhone(
      String url,
      By ready,
      String page,
      String screenshot,
      java.util.function.Consumer<WebDriver> more)
      throws Exception {
    WebDriver phone = BrowserSession.startPhone();
    try {
      phone.navigate().to(url);
      new WebDriverWait(phone, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(ready));
      more.accept(phone);
      assertFitsWidth(phone, page);
      BrowserSession.assertNoAccessibilityViolations(phone, page);
      if (screenshot != null) {
        BrowserSession.screenshot(phone, screenshot);
      }
    } finally {
      phone.quit();
    }
  }

  private static void assertFitsWidth(WebDriver driver, String page) {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue())
        .as(page + " scrolls sideways")
        .isLessThanOrEqualTo(0);
  }

  private static int feedbackMailsTo(String address) {
    return (int)
        Arrays.stream(EmbeddedServices.mail().getReceivedMessages())
            .filter(EmbeddedServices.mailTo(address))
            .filter(m -> subject(m).startsWith("Saavutettavuuspalaute"))
            .count();
  }

  private static String bodyOf(MimeMessage mail) {
    try {
      return EmbeddedServices.plainText(mail);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
