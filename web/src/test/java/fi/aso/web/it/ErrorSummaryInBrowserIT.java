package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Errors people can act on, in headless Chromium on the real WAR: a form sent with required fields
 * empty gets a summary at the top whose lines name each field by its label and link to it, the
 * fields are marked invalid and tied to their lines, and the focus is on the summary.
 */
class ErrorSummaryInBrowserIT extends BrowserTest {

  @Test
  void anEmptyReferralNamesEachMissingFieldAndLinksToIt() throws Exception {
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
    browser.navigate().to(base.resolve("cases/new.xhtml").toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("referral:save")));

    submit(By.id("referral:save"));

    List<WebElement> lines = browser.findElements(By.cssSelector("#messages li.message-error"));
    assertThat(lines)
        .extracting(WebElement::getText)
        .as("each line names its field, not three look-alike 'Pakollinen tieto.'")
        .contains("Nimi: Pakollinen tieto.", "Syntymäaika (pp.kk.vvvv): Pakollinen tieto.");
    WebElement nameLine =
        lines.stream().filter(l -> l.getText().startsWith("Nimi:")).findFirst().orElseThrow();
    assertThat(nameLine.findElement(By.tagName("a")).getAttribute("href"))
        .endsWith("#referral:fullName");
    WebElement name = browser.findElement(By.id("referral:fullName"));
    assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(name.getAttribute("aria-describedby")).contains(nameLine.getAttribute("id"));
    assertThat(
            ((JavascriptExecutor) browser)
                .executeScript("return document.activeElement && document.activeElement.id"))
        .as("the focus is on the summary")
        .isEqualTo("messageArea");

    // the link takes the user to the field
    nameLine.findElement(By.tagName("a")).click();
    wait.until(
        b ->
            "referral:fullName"
                .equals(
                    ((JavascriptExecutor) b).executeScript("return document.activeElement.id")));
    BrowserSession.assertNoAccessibilityViolations(browser, "referral form with errors");
  }
}
