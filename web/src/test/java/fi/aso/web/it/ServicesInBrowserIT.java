package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The region's service catalogue page in headless Chromium: the administrator adds a service (a
 * refused form names its fields in the error summary and keeps what was typed), narrows the list by
 * kind, and the provider's partner user edits it; a service of another organisation has no edit
 * link for them; he adds a service, always his own organisation's. The administrator downloads the
 * catalogue as CSV and reads it back to the same catalogue, and a file with a bad row is refused
 * whole, naming the line. Screenshots at 1280 and 390 px (target/screenshots/services-*.png), axe
 * on each.
 */
class ServicesInBrowserIT extends BrowserTest {

  @Test
  void anAdministratorAddsAServiceAndItsProvidersPartnerKeepsItCurrent() throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000L);
    String name = "Kotien vuokraneuvonta " + suffix;

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navServices"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("servicesTitle")));
    assertThat(browser.findElement(By.id("content")).getText())
        .contains("Vuokra-asunnot", "Talous- ja velkaneuvonta", "Joensuun Kodit Oy")
        .doesNotContain("Tukiporras", "Hekan vuokra-asunnot");
    BrowserSession.assertNoAccessibilityViolations(browser, "the catalogue, administrator");
    BrowserSession.screenshot(browser, "services-admin-1280");

    // a form without a Finnish name or with a bad address is refused, saying which field
    submit(By.id("catalogue:add"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service:nameFi")));
    new Select(browser.findElement(By.id("service:organisation"))).selectByVisibleText(World.KODIT);
    new Select(browser.findElement(By.id("service:kind"))).selectByVisibleText("Asumisneuvonta");
    browser.findElement(By.id("service:email")).sendKeys("ei osoite");
    submit(By.id("service:save"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Nimi suomeksi: Pakollinen tieto.");
    browser.findElement(By.id("service:nameFi")).sendKeys(name);
    submit(By.id("service:save"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .contains("Valitse ainakin yksi tapa ohjata asiakas palveluun.");
    browser
        .findElement(By.xpath("//label[normalize-space()='puhelimella']/preceding-sibling::input"))
        .click();
    submit(By.id("service:save"));
    String summary = browser.findElement(By.id("messages")).getText();
    assertThat(summary).contains("Palvelua ei tallennettu.");
    assertThat(summary).contains("Sähköposti:");
    assertThat(browser.findElement(By.id("service:email")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("service:nameFi")).getAttribute("value"))
        .as("the form keeps what was typed")
        .isEqualTo(name);
    BrowserSession.assertNoAccessibilityViolations(browser, "the service form with an error");
    BrowserSession.screenshot(browser, "services-form-error-1280");
    assertThat(
            EmbeddedServices.count("select count(*) from service where name_fi = '" + name + "'"))
        .isZero();

    WebElement email = browser.findElement(By.id("service:email"));
    email.clear();
    email.sendKeys("neuvonta@kodit.test");
    browser.findElement(By.id("service:openingHours")).sendKeys("ma–pe 9–15");
    submit(By.id("service:save"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Palvelu lisättiin.");
    assertThat(browser.findElement(By.id("content")).getText()).contains(name, "ma–pe 9–15");

    // the list narrowed to one kind, by the page's own address
    new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Asumisneuvonta");
    submit(By.id("filterServices"));
    assertThat(browser.getCurrentUrl()).contains("kind=HOUSING_COUNSELLING");
    List<String> kinds =
        browser.findElements(By.cssSelector(".service .muted")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(kinds).isNotEmpty().allMatch(k -> k.startsWith("Asumisneuvonta"));
    assertThat(browser.findElement(By.id("content")).getText())
        .contains(name)
        .doesNotContain("Päihdepalvelukeskus");

    // on a phone's width: nothing wider than the window
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.navigate().to(base.resolve("services/index.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("servicesTitle")));
    assertThat(
            ((Number)
                    ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"))
                .intValue())
        .isLessThanOrEqualTo(390);
    BrowserSession.assertNoAccessibilityViolations(browser, "the catalogue on a phone");
    BrowserSession.screenshot(browser, "services-admin-390");
    browser.manage().window().setSize(new Dimension(1280, 900));

    // Kalle of Kodit: an edit link on Kodit's services only; he keeps the new one current
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("partner", DemoAccounts.PASSWORD);
    browser.navigate().to(base.resolve("services/index.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("servicesTitle")));
    assertThat(browser.findElements(By.id("catalogue:add"))).as("he adds his own").hasSize(1);
    assertThat(browser.findElements(By.id("csvHeading"))).as("the CSV is the admins'").isEmpty();
    for (WebElement service : browser.findElements(By.cssSelector("li.service"))) {
      boolean kodit = service.getText().contains(World.KODIT);
      assertThat(service.findElements(By.linkText("Muokkaa")))
          .as(service.getText())
          .hasSize(kodit ? 1 : 0);
    }
    BrowserSession.assertNoAccessibilityViolations(browser, "the catalogue, partner");
    WebElement own =
        browser.findElements(By.cssSelector("li.service")).stream()
            .filter(s -> s.getText().contains(name))
            .findFirst()
            .orElseThrow();
    submit(own.findElement(By.linkText("Muokkaa")));
    WebElement hours =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service:openingHours")));
    assertThat(browser.findElement(By.id("service:organisation")).isEnabled())
        .as("a partner does not hand the service to another organisation")
        .isFalse();
    assertThat(browser.findElements(By.id("service:retire"))).isEmpty();
    hours.clear();
    hours.sendKeys("ma–to 9–14");
    submit(By.id("service:save"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Palvelu tallennettiin.");
    assertThat(browser.findElement(By.id("content")).getText()).contains("ma–to 9–14");
    BrowserSession.screenshot(browser, "services-partner-1280");

    // ... and adds a new one, always his own organisation's
    String added = "Kotien asukastoiminta " + suffix;
    submit(By.id("catalogue:add"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("service:nameFi")));
    WebElement provider = browser.findElement(By.id("service:organisation"));
    assertThat(provider.isEnabled()).isFalse();
    assertThat(new Select(provider).getFirstSelectedOption().getText()).isEqualTo(World.KODIT);
    new Select(browser.findElement(By.id("service:kind"))).selectByVisibleText("Vertaistuki");
    browser.findElement(By.id("service:nameFi")).sendKeys(added);
    browser
        .findElement(By.xpath("//label[normalize-space()='puhelimella']/preceding-sibling::input"))
        .click();
    BrowserSession.assertNoAccessibilityViolations(browser, "a partner's new service");
    BrowserSession.screenshot(browser, "services-partner-add-1280");
    browser.manage().window().setSize(new Dimension(390, 844));
    BrowserSession.assertNoAccessibilityViolations(browser, "a partner's new service on a phone");
    BrowserSession.screenshot(browser, "services-partner-add-390");
    browser.manage().window().setSize(new Dimension(1280, 900));
    submit(By.id("service:save"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Palvelu lisättiin.");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service s join organisation o on o.id = s.organisation_id"
                    + " where s.name_fi = '"
                    + added
                    + "' and o.name = '"
                    + World.KODIT
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void theAdministratorDownloadsTheCatalogueAndReadsItBackAndABadRowIsRefusedByItsLine()
      throws Exception {
    World world = new World(base);
    String before = catalogue(world);
    Path downloads = Files.createTempDirectory(Path.of("target"), "downloads");
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    browser.navigate().to(base.resolve("services/index.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("csvHeading")));
    BrowserSession.assertNoAccessibilityViolations(browser, "the catalogue's CSV buttons");
    browser.manage().window().setSize(new Dimension(390, 844));
    new Actions(browser).scrollToElement(browser.findElement(By.id("csvHeading"))).perform();
    BrowserSession.screenshot(browser, "services-csv-390");
    browser.manage().window().setSize(new Dimension(1280, 900));

    // the button downloads the region's catalogue ...
    browser.findElement(By.id("csvExport:export")).click();
    Path file = downloads.resolve("palvelut.csv");
    wait.until(
        b -> Files.exists(file) && !Files.exists(downloads.resolve("palvelut.csv.crdownload")));
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    // a byte order mark first, so that a spreadsheet reads the file as UTF-8
    assertThat(csv)
        .startsWith("\uFEFFid,version,organisation,kind,name_fi")
        .contains("Vuokra-asunnot");

    // ... which reads back unchanged: the same catalogue
    browser.findElement(By.id("csv:file")).sendKeys(file.toAbsolutePath().toString());
    submit(By.id("csv:import"));
    assertThat(browser.findElement(By.id("messages")).getText())
        .containsPattern("Tiedosto tuotiin: 0 uutta, 0 muutettua, [1-9][0-9]* ennallaan\\.");
    assertThat(catalogue(world)).as("the same catalogue").isEqualTo(before);

    // a file with one bad row (line 2) is refused whole, naming the line
    String header = csv.lines().findFirst().orElseThrow();
    Path bad = downloads.resolve("virheellinen.csv");
    Files.writeString(
        bad,
        header
            + "\r\n,,"
            + World.KODIT
            + ",EI_TALLAISTA,Virheellinen palvelu,,,,PHONE,,,,,,IDENTITY_AND_RELEASE\r\n"
            + ",,"
            + World.KODIT
            + ",OTHER,Hyvä palvelu,,,,PHONE,,,,,,IDENTITY_AND_RELEASE\r\n",
        StandardCharsets.UTF_8);
    browser.findElement(By.id("csv:file")).sendKeys(bad.toAbsolutePath().toString());
    submit(By.id("csv:import"));
    String refused = browser.findElement(By.id("messages")).getText();
    assertThat(refused).contains("Mitään ei tuotu. Rivi 2:", "kind");
    BrowserSession.assertNoAccessibilityViolations(browser, "a refused CSV file");
    BrowserSession.screenshot(browser, "services-csv-refused-1280");
    assertThat(catalogue(world)).as("nothing changed").isEqualTo(before);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from service where name_fi in ('Virheellinen palvelu', 'Hyvä palvelu')"))
        .isZero();
  }

  /** The administrator's region's catalogue as the API exports it (every field, ids, versions). */
  private static String catalogue(World world) throws Exception {
    var export = world.web().getWithToken("api/v1/services/export", world.token("admin"));
    assertThat(export.statusCode()).isEqualTo(200);
    return export.body();
  }
}
