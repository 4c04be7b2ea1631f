package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The region's service catalogue page in headless Chromium: the administrator adds a service (a
 * refused form names its fields in the error summary and keeps what was typed), narrows the list by
 * kind, and the provider's partner user edits it; a service of another organisation has no edit
 * link for them. Screenshots at 1280 and 390 px (target/screenshots/services-*.png), axe on each.
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
    assertThat(browser.findElements(By.id("catalogue:add"))).isEmpty();
    assertThat(browser.findElements(By.id("csvHeading"))).isEmpty();
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
  }
}
