package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator keeps the partner network in headless Chromium: organisations, contacts,
 * deputies, regions.
 */
class NetworkInBrowserIT extends BrowserTest {

  @Test
  void anAdministratorAddsEditsAndDeactivatesContactsAndCreatesARegion() throws Exception {
    openNetworkPage();

    browser.findElement(By.id("addOrganisation:name")).sendKeys("Vaalijalan <b>säätiö</b>");
    new Select(browser.findElement(By.id("addOrganisation:type"))).selectByValue("NGO");
    submit(By.id("addOrganisation:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("network:organisations"), "Vaalijalan <b>säätiö</b>"));

    addContact("Vaalijalan <b>säätiö</b>", "Ulla Ensimmäinen", "ulla@vaalijala.test", null);
    addContact(
        "Vaalijalan <b>säätiö</b>",
        "Vesa Toinen",
        "vesa@vaalijala.test",
        "Vaalijalan <b>säätiö</b>: Ulla Ensimmäinen");
    assertThat(row("Vaalijalan <b>säätiö</b>").getText())
        .contains("Vesa Toinen", "Varahenkilö: Ulla Ensimmäinen");

    row("Vaalijalan <b>säätiö</b>")
        .findElement(By.xpath(".//a[contains(@aria-label,'Vesa Toinen')]"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editContact:contactEmail")));
    BrowserSession.assertNoAccessibilityViolations(browser, "edit contact");
    var email = browser.findElement(By.id("editContact:contactEmail"));
    email.clear();
    email.sendKeys("vesa.toinen@vaalijala.test");
    submit(By.id("editContact:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("network:organisations"), "vesa.toinen@vaalijala.test"));

    // a personal calendar feed for Vesa: the link is shown once, works, and stops when removed
    row("Vaalijalan <b>säätiö</b>")
        .findElement(By.xpath(".//a[contains(@aria-label,'Vesa Toinen')]"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editContact:newFeed"))).click();
    String feedUrl =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret"))).getText();
    assertThat(feedUrl).endsWith(".ics");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    var feed =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(feedUrl)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("METHOD:PUBLISH");
    submit(By.id("editContact:revokeFeed"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Kalenterilinkki poistettiin"));
    assertThat(
            http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(feedUrl)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
    browser.findElement(By.id("editContact:cancel")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editContact:cancel")));

    row("Vaalijalan <b>säätiö</b>")
        .findElement(By.xpath(".//a[contains(@aria-label,'Ulla Ensimmäinen')]"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editContact:deactivate")))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editContact:deactivate")));
    assertThat(row("Vaalijalan <b>säätiö</b>").getText())
        .doesNotContain("Ulla Ensimmäinen")
        .contains("Vesa Toinen");

    row("Vaalijalan <b>säätiö</b>")
        .findElement(By.xpath(".//a[contains(@aria-label,'Muokkaa: Vaalijalan')]"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editOrganisation:channel")));
    new Select(browser.findElement(By.id("editOrganisation:channel")))
        .selectByValue("SECURE_EMAIL");
    browser.findElement(By.id("editOrganisation:save")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editOrganisation:save")));
    assertThat(row("Vaalijalan <b>säätiö</b>").getText()).contains("Suojattu sähköposti");

    browser.findElement(By.id("addRegion:regionName")).sendKeys("Kuopion ASO-ryhmä");
    browser.findElement(By.id("addRegion:regionCode")).sendKeys("kuopio");
    submit(By.id("addRegion:createRegion"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("regions"), "Kuopion ASO-ryhmä (kuopio)"));
    BrowserSession.screenshot(browser, "30-admin-network-edited");
    BrowserSession.assertNoAccessibilityViolations(browser, "partner network after edits");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where object_type in ('ContactPerson', 'Organisation', 'Region') and actor = 'admin'"))
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void anAdministratorDecidesWhetherTheRegionsMinutesNeedASecondPerson() throws Exception {
    openNetworkPage();
    String secondPerson =
        "select count(*) from region where code = 'joensuu' and minutes_second_person";
    WebElement box = browser.findElement(By.id("regionSettings:minutesSecondPerson"));
    assertThat(box.isSelected()).as("on in the demo region").isTrue();
    assertThat(browser.findElement(By.id("regionSettings")).getText())
        .contains(
            "Oman alueen asetukset: Joensuun ASO-ryhmä",
            "Muistion tarkastaa toinen henkilö kuin sen laatija");
    BrowserSession.assertNoAccessibilityViolations(browser, "region settings");

    try {
      box.click();
      submit(By.id("regionSettings:saveSettings"));
      assertThat(browser.findElement(By.id("messageArea")).getText())
          .contains("muistion laatija voi jatkossa tarkastaa sen myös itse");
      assertThat(browser.findElement(By.id("regionSettings:minutesSecondPerson")).isSelected())
          .isFalse();
      assertThat(EmbeddedServices.count(secondPerson)).isZero();
    } finally {
      if (!browser.findElement(By.id("regionSettings:minutesSecondPerson")).isSelected()) {
        browser.findElement(By.id("regionSettings:minutesSecondPerson")).click();
        submit(By.id("regionSettings:saveSettings"));
      }
    }
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("muistion tarkastaa jatkossa toinen henkilö");
    assertThat(EmbeddedServices.count(secondPerson)).as("back on for the other tests").isOne();
  }

  /** Signs in as the demo administrator and opens the network page. */
  private void openNetworkPage() throws Exception {
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adminPanel")));
    browser.navigate().to(base.resolve("admin/network.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("networkTitle")));
  }

  private void addContact(String organisation, String name, String email, String deputy) {
    new Select(browser.findElement(By.id("addContact:organisation")))
        .selectByVisibleText(organisation);
    browser.findElement(By.id("addContact:contactName")).sendKeys(name);
    browser.findElement(By.id("addContact:contactEmail")).sendKeys(email);
    if (deputy != null) {
      new Select(browser.findElement(By.id("addContact:contactDeputy")))
          .selectByVisibleText(deputy);
    }
    submit(By.id("addContact:saveContact"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("network:organisations"), name));
  }

  private WebElement row(String organisation) {
    return browser.findElements(By.cssSelector("#network\\:organisations tbody tr")).stream()
        .filter(r -> r.getText().contains(organisation))
        .findFirst()
        .orElseThrow();
  }
}
