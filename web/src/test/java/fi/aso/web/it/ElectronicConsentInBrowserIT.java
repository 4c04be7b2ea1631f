package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.config.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The electronic consent flow, as it happens: the case worker makes a one-time link on the case
 * page; the client opens it on a phone-sized screen, enters the code, accepts two agencies and
 * refuses one, confirms with their name and downloads the receipt; the case page then shows that
 * consent, and the link no longer works.
 */
class ElectronicConsentInBrowserIT extends BrowserTest {

  private WebDriver phone;
  private World world;

  @BeforeEach
  void phone() throws Exception {
    phone = BrowserSession.startPhone();
    world = new World(base);
  }

  @AfterEach
  void closePhone() {
    if (phone != null) {
      phone.quit();
    }
  }

  @Test
  void theClientAcceptsTwoAgenciesRefusesOneAndGetsAReceiptNamingExactlyThoseTwo()
      throws Exception {
    World.Client client = world.referClient("Jari", "Nieminen");
    WebDriverWait workerWait = wait;
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    workerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseWorkerPanel")));
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    workerWait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("paperConsent:inviteElectronic")));
    tick("Joensuun Kodit Oy", "IDENTITY_AND_RELEASE");
    tick("Joensuun Kodit Oy", "HOUSING_HISTORY_AND_WISHES");
    tick("Siun sote, aikuissosiaalityö", "IDENTITY_AND_RELEASE");
    tick("Siun sote, aikuissosiaalityö", "SUBSTANCE_USE_AND_HEALTH");
    tick("Pohjois-Karjalan TE-toimisto", "OTHER_SUPPORT_NEEDS");
    browser.findElement(By.id("paperConsent:inviteElectronic")).click();
    workerWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedCode")));
    String link = browser.findElement(By.id("issuedLink")).getAttribute("href");
    String code = browser.findElement(By.id("issuedCode")).getText();
    BrowserSession.screenshot(browser, "20-worker-issued-link");

    WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(30));
    phone.navigate().to(link);
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:code")));
    assertThat(phone.findElement(By.id("consentTitle")).getText())
        .isEqualTo("Suostumus asiakasohjausryhmään");
    BrowserSession.assertNoAccessibilityViolations(phone, "client consent code entry");
    phone.findElement(By.id("entry:code")).sendKeys(code);
    BrowserSession.screenshot(phone, "21-client-code");
    phone.findElement(By.id("entry:continue")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer:give")));
    assertThat(phone.findElement(By.tagName("body")).getText())
        .contains(
            "Joensuun Kodit Oy",
            "Siun sote, aikuissosiaalityö",
            "Pohjois-Karjalan TE-toimisto",
            "vapaaehtoista")
        .doesNotContain(client.name());
    // who asks, until when, who the controller is, and that refusing harms nothing
    assertThat(phone.findElement(By.id("askedBy")).getText())
        .isEqualTo("Joensuun vankila, Joensuun ASO-ryhmä");
    assertThat(phone.findElement(By.id("validUntil")).getText())
        // a named day, as every date one goes by is written ("ti 7.12.2027")
        .matches(
            "(ma|ti|ke|to|pe|la|su) \\d{1,2}\\.\\d{1,2}\\.\\d{4} asti, ellet peru sitä aiemmin");
    assertThat(phone.findElement(By.id("controller")).getText())
        .isEqualTo("Rikosseuraamuslaitos. Yhteystiedot: kirjaamo.rise@om.fi");
    assertThat(phone.findElement(By.id("refuseText")).getText())
        .contains("ei vaikuta vapautumiseesi", "keskustelee kanssasi");
    BrowserSession.assertNoAccessibilityViolations(phone, "client consent form");
    agency("Joensuun Kodit Oy").findElement(By.cssSelector("input[type=checkbox]")).click();
    agency("Siun sote, aikuissosiaalityö")
        .findElement(By.cssSelector("input[type=checkbox]"))
        .click();
    phone.findElement(By.id("answer:name")).sendKeys(client.name());
    BrowserSession.screenshot(phone, "22-client-form");
    phone.findElement(By.id("answer:give")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
    BrowserSession.screenshot(phone, "23-client-done");

    String receipt = receiptText(phone.findElement(By.id("receipt")).getAttribute("href"));
    assertThat(receipt)
        .contains(
            "Joensuun Kodit Oy",
            "Siun sote, aikuissosiaalityö",
            client.name(),
            "asumishistoria ja toiveet")
        .doesNotContain("TE-toimisto");

    browser.navigate().refresh();
    workerWait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".consent-version")));
    String consent = browser.findElement(By.cssSelector(".consent-version")).getText();
    assertThat(consent)
        .contains("sähköinen", "Joensuun Kodit Oy", "Siun sote, aikuissosiaalityö")
        .doesNotContain("TE-toimisto");
    assertThat(browser.findElement(By.id("caseState")).getText())
        .isEqualTo("Valmis käsiteltäväksi");

    phone.navigate().to(link);
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkNotValid")));
  }

  @Test
  void theClientWithdrawsTheirConsentFromOneAgencyOnTheirOwnPhoneAndTheCaseShowsItAtOnce()
      throws Exception {
    World.Client client = world.referClient("Pekka", "Laine");
    world.consent(
        client,
        World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
        World.grant(World.SOTE, World.IDENTITY));
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseWorkerPanel")));
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawal:inviteWithdrawal")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedCode")));
    String link = browser.findElement(By.id("issuedLink")).getAttribute("href");
    String code = browser.findElement(By.id("issuedCode")).getText();

    WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(30));
    phone.navigate().to(link);
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:code")));
    // the withdrawal link's first page says what it is for, not "Suostumus"
    assertThat(phone.findElement(By.id("consentTitle")).getText())
        .isEqualTo("Suostumuksen peruminen");
    assertThat(phone.getTitle()).startsWith("Suostumuksen peruminen");
    BrowserSession.assertNoAccessibilityViolations(phone, "client withdrawal code entry");
    // the same page at desktop width
    browser.navigate().to(link);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:code")));
    BrowserSession.assertNoAccessibilityViolations(browser, "withdrawal code entry, desktop");
    phone.findElement(By.id("entry:code")).sendKeys(code);
    phone.findElement(By.id("entry:continue")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw:confirm")));
    assertThat(phone.findElement(By.id("noHarmText")).getText())
        .contains("ei vaikuta vapautumiseesi");
    assertThat(phone.findElement(By.id("controller")).getText())
        .isEqualTo("Rikosseuraamuslaitos. Yhteystiedot: kirjaamo.rise@om.fi");
    assertThat(phone.findElement(By.tagName("body")).getText())
        .contains("Suostumuksen peruminen", "Joensuun Kodit Oy", "tulee voimaan heti")
        .doesNotContain(client.name());
    BrowserSession.assertNoAccessibilityViolations(phone, "client withdrawal form");
    phone.findElement(By.id("withdraw:confirm")).click();
    phoneWait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".field-error, .message-error, [role=alert]")));
    assertThat(phone.findElement(By.tagName("body")).getText())
        .as("nothing chosen, no name: nothing happens")
        .contains("Kirjoita nimesi");
    agency("Joensuun Kodit Oy").findElement(By.cssSelector("input[type=checkbox]")).click();
    phone.findElement(By.id("withdraw:name")).sendKeys(client.name());
    BrowserSession.screenshot(phone, "25-client-withdraw-form");
    phone.findElement(By.id("withdraw:confirm")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawnFrom")));
    BrowserSession.screenshot(phone, "26-client-withdrawn");
    assertThat(phone.findElement(By.id("withdrawnFrom")).getText()).isEqualTo("Joensuun Kodit Oy");
    assertThat(receiptText(phone.findElement(By.id("receipt")).getAttribute("href")))
        .contains("Kuitti suostumuksen perumisesta", "Joensuun Kodit Oy", client.name());

    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".consent-version")));
    String consent = browser.findElement(By.cssSelector(".consent-version")).getText();
    assertThat(consent).containsPattern("Joensuun Kodit Oy:[^\\n]*Peruttu");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where actor = 'client'"
                    + " and purpose like 'consent withdrawn for%' and client_case_id = "
                    + client.id()))
        .isEqualTo(1);
  }

  private WebElement agency(String name) {
    return phone.findElements(By.cssSelector(".agency")).stream()
        .filter(e -> e.getText().contains(name))
        .findFirst()
        .orElseThrow();
  }

  private void tick(String organisation, String category) {
    var row =
        browser.findElement(
            By.xpath(
                "//table[contains(@class,'consent-matrix')]//tr[th[normalize-space()='"
                    + organisation
                    + "']]"));
    row.findElement(By.cssSelector("input[type=checkbox][value='" + category + "']")).click();
  }

  /** Downloads the receipt with the phone's session cookie and reads its text. */
  private String receiptText(String href) throws Exception {
    String session = phone.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    PdfReader reader = new PdfReader(pdf.body());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }
}
