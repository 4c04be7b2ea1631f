package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The case list and case page in headless Chromium, for a chair and for a partner. */
class CasesInBrowserIT extends BrowserTest {

  private World world;

  @BeforeEach
  void world() {
    world = new World(base);
  }

  @Test
  void aCaseWorkerRecordsAPaperConsentAndWithdrawsItForOneOrganisation() throws Exception {
    long caseId = world.referClient("Anna", "Heikkinen").id();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseWorkerPanel")));
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + caseId).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noConsent")));

    tick("Joensuun Kodit Oy", "IDENTITY_AND_RELEASE");
    tick("Joensuun Kodit Oy", "HOUSING_HISTORY_AND_WISHES");
    tick("Siun sote, aikuissosiaalityö", "IDENTITY_AND_RELEASE");
    java.nio.file.Path scan = java.nio.file.Files.createTempFile("suostumus", ".pdf");
    java.nio.file.Files.write(scan, ScanFiles.pdf("allekirjoitettu"));
    browser.findElement(By.id("paperConsent:scan")).sendKeys(scan.toString());
    browser.findElement(By.id("paperConsent:savePaperConsent")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("consentHeading"), "Suostumus"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("noConsent")));
    BrowserSession.screenshot(browser, "13-consent-recorded");
    String consent = browser.findElement(By.cssSelector(".consent-version")).getText();
    assertThat(consent)
        .contains(
            "Versio 1",
            "Joensuun Kodit Oy",
            "asumishistoria ja toiveet",
            "Siun sote, aikuissosiaalityö",
            "Avaa skannattu lomake");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from consent_document d join consent c on c.id = d.consent_id"
                    + " where c.case_id = "
                    + caseId))
        .isEqualTo(1);
    assertThat(browser.findElement(By.id("caseState")).getText())
        .isEqualTo("Valmis käsiteltäväksi");

    browser.findElements(By.cssSelector("#withdrawal button")).stream()
        .filter(b -> b.getText().contains("Joensuun Kodit Oy"))
        .findFirst()
        .orElseThrow()
        .click();
    // a withdrawal asks first, saying what follows (the button named the organisation)
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
    assertThat(browser.findElement(By.id("confirmDialog")).getText())
        .contains("perutaan", "kutsut perutaan");
    submit(By.id("confirmYes"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".consent-version"), "Peruttu"));
    BrowserSession.screenshot(browser, "14-consent-withdrawn-for-one");
    assertThat(browser.findElement(By.cssSelector(".recipients")).getText())
        .contains("Joensuun Kodit Oy")
        .contains("Peruttu");
  }

  @Test
  void aCaseWorkerRefersANewClientThroughTheForm() throws Exception {
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navCases"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("newReferral"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("referral:fullName")))
        .sendKeys("Olli Ohjattava");
    // dates as a Finnish user types them; a day that does not exist is refused in the words of
    // the field's label
    assertThat(browser.findElement(By.cssSelector("label[for='referral:dateOfBirth']")).getText())
        .contains("pp.kk.vvvv");
    browser.findElement(By.id("referral:dateOfBirth")).sendKeys("31.2.1987");
    browser.findElement(By.id("referral:release")).sendKeys("2027-02-15");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("referral:institution")))
        .selectByVisibleText("Joensuun vankila");
    browser.findElements(By.tagName("textarea")).get(1).sendKeys("Tuettu asunto aluksi");
    BrowserSession.assertNoAccessibilityViolations(browser, "referral form");
    submit(By.id("referral:save"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Anna päivämäärä muodossa pp.kk.vvvv, esimerkiksi 16.12.2026.");
    assertThat(browser.findElement(By.id("referral:dateOfBirth")).getAttribute("value"))
        .isEqualTo("31.2.1987");
    browser.findElement(By.id("referral:dateOfBirth")).clear();
    browser.findElement(By.id("referral:dateOfBirth")).sendKeys("20.5.1987");

    // a wrong identity code: a clear message on the form, and nothing saved
    browser.findElement(By.id("referral:identityCode")).sendKeys("200587-123X");
    submit(By.id("referral:save"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-error")));
    assertThat(browser.findElement(By.cssSelector(".message-error")).getText())
        .contains("Ohjausta ei tallennettu");
    assertThat(browser.findElement(By.id("referral:fullName")).getAttribute("value"))
        .isEqualTo("Olli Ohjattava");

    browser.findElement(By.id("referral:save")).click();

    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTitle")));
    } catch (org.openqa.selenium.TimeoutException e) {
      BrowserSession.screenshot(browser, "15-new-referral-failed");
      throw new AssertionError(
          "no case page after saving the referral; page said: "
              + browser.findElement(By.tagName("main")).getText(),
          e);
    }
    BrowserSession.screenshot(browser, "15-new-referral");
    assertThat(browser.findElement(By.id("clientName")).getText()).isEqualTo("Olli Ohjattava");
    assertThat(browser.findElement(By.id("caseState")).getText()).isEqualTo("Ohjattu");
    assertThat(browser.findElement(By.id("referral")).getText()).contains("Tuettu asunto aluksi");
  }

  /** Ticks one category for one organisation in the paper-consent form. */
  private void tick(String organisation, String category) {
    var row =
        browser.findElement(
            By.xpath(
                "//table[contains(@class,'consent-matrix')]//tr[th[normalize-space()='"
                    + organisation
                    + "']]"));
    row.findElement(By.cssSelector("input[type=checkbox][value='" + category + "']")).click();
  }

  @Test
  void theChairSeesTheWorkListWithTheUrgentReleasesFirstAndOpensACase() throws Exception {
    World.Client later =
        world.referClient(
            "Mikko",
            "Työlistalla",
            LocalDate.now(World.HELSINKI).plusMonths(4),
            Map.of("SUBSTANCE_USE", "Alkoholi, raitis vankeusaikana"));
    World.Client soon =
        world.referClient(
            "Kari",
            "Työlistalla",
            LocalDate.now(World.HELSINKI).plusDays(10),
            Map.of("WISHES", "Mikä tahansa asunto"));
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navCases"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases")));
    // the region has many clients by now: the chair searches, and the address keeps the search
    browser.findElement(By.id("q")).sendKeys("Työlistalla");
    submit(By.id("searchButton"));
    assertThat(browser.getCurrentUrl()).contains("q=Ty");
    BrowserSession.screenshot(browser, "10-chair-work-list");

    String table = browser.findElement(By.id("cases")).getText();
    assertThat(table).contains(soon.name(), later.name());
    assertThat(table.indexOf(soon.name())).isLessThan(table.indexOf(later.name()));
    assertThat(row(soon.reference()))
        .as("a short sentence, released before the next regular meeting")
        .contains(soon.name(), "Kiireellinen");
    assertThat(row(later.reference())).doesNotContain("Kiireellinen");

    BrowserSession.assertNoAccessibilityViolations(browser, "work list");

    browser.findElement(By.linkText(later.reference())).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTitle")));
    BrowserSession.screenshot(browser, "11-chair-case");
    BrowserSession.assertNoAccessibilityViolations(browser, "case page with consent form");
    assertThat(browser.findElement(By.id("clientName")).getText()).isEqualTo(later.name());
    assertThat(browser.findElement(By.id("referral")).getText())
        .contains("Päihteiden käyttö", "raitis vankeusaikana");

    // the same case in Swedish: the language link keeps the page's ?id=
    browser.findElement(By.id("lang-sv")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "sv"));
    assertThat(browser.findElement(By.id("clientName")).getText()).isEqualTo(later.name());
    BrowserSession.screenshot(browser, "11b-chair-case-sv");
  }

  private String row(String reference) {
    return browser
        .findElement(By.xpath("//tr[td//a[normalize-space()='" + reference + "']]"))
        .getText();
  }

  @Test
  void aPartnerSeesOnlyConsentedCasesAndCategories() throws Exception {
    World.Client consented =
        world.referClient(
            "Pekka",
            "Laine",
            LocalDate.now(World.HELSINKI).plusMonths(2),
            Map.of(
                "RENT_ARREARS_AND_DISTURBANCES", "Vuokravelat ja häiriöt edellisessä asunnossa",
                "SUBSTANCE_USE", "Alkoholi, raitis vankeusaikana"));
    world.consent(consented, World.grant(World.KODIT, World.IDENTITY, World.DEBTS));
    World.Client other = world.referClient("Timo", "Mäkinen");
    world.consent(other, World.grant(World.SOTE, World.IDENTITY));
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("partner", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navCases"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases")));
    String table = browser.findElement(By.id("cases")).getText();
    assertThat(table).contains(consented.name()).doesNotContain(other.name());

    browser.findElement(By.linkText(consented.reference())).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseTitle")));
    BrowserSession.screenshot(browser, "12-partner-case");
    String referral = browser.findElement(By.id("referral")).getText();
    assertThat(referral)
        .contains("Vuokravelat ja häiriöt")
        .doesNotContain("Päihteiden käyttö", "raitis");

    // a case without consent for this organisation is "not found", like a case that does not exist
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + other.id()).toString());
    assertThat(browser.getPageSource()).contains("Sivua ei löytynyt").doesNotContain(other.name());
  }
}
