package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.net.URI;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signs in through the real login page in headless Chromium, as a chair would. */
class LoginInBrowserIT extends BrowserTest {

  @Test
  void aChairSignsInSeesTheirDashboardSwitchesToEnglishAndSignsOut() throws Exception {
    LoginPage login = LoginPage.open(browser, base);
    BrowserSession.screenshot(browser, "01-login");
    login.signIn("chair", DemoAccounts.PASSWORD);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chairPanel")));
    BrowserSession.screenshot(browser, "02-chair-dashboard");
    assertThat(browser.findElement(By.id("dashboardTitle")).getText()).isEqualTo("Etusivu");
    assertThat(browser.findElement(By.id("signedInAs")).getText()).contains("Paavo Puheenjohtaja");
    assertThat(browser.findElements(By.id("navSystem"))).isEmpty();
    assertThat(browser.findElements(By.id("adminPanel"))).isEmpty();

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBe(By.id("dashboardTitle"), "Home"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    BrowserSession.screenshot(browser, "03-chair-dashboard-english");

    browser.findElement(By.id("logout:logoutButton")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    browser.navigate().to(base.resolve("index.xhtml").toString());
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    assertThat(browser.findElements(By.id("login:username"))).isNotEmpty();

    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .as("no script errors or CSP violations in the browser console")
        .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
  }

  @Test
  void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() throws Exception {
    LoginPage.open(browser, base).signIn("chair", "wrong password");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-error")));
    assertThat(browser.findElement(By.cssSelector(".message-error")).getText())
        .contains("Käyttäjätunnus tai salasana on väärin.");
    BrowserSession.screenshot(browser, "04-login-failed");
  }

  @Test
  void anAdministratorReachesTheSystemPage() throws Exception {
    LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navSystem"))).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("testMail:recipient")));
    BrowserSession.screenshot(browser, "05-admin-system");
    assertThat(browser.findElement(By.id("audit")).getText()).contains("Kirjautuminen", "admin");
  }

  @Test
  void theLoginDashboardAndSystemPagesMeetWcag21AA() throws Exception {
    LoginPage.open(browser, base);
    assertNoAccessibilityViolations("login");

    LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adminPanel")));
    assertNoAccessibilityViolations("dashboard");

    browser.findElement(By.id("navSystem")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("testMail:recipient")));
    assertNoAccessibilityViolations("system");

    browser.findElement(By.id("navNetwork")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("networkTitle")));
    BrowserSession.screenshot(browser, "06-admin-network");
    assertNoAccessibilityViolations("partner network");
  }

  private void assertNoAccessibilityViolations(String page) {
    BrowserSession.assertNoAccessibilityViolations(browser, page);
  }

  /** The login page's components, by their stable ids. */
  static record LoginPage(WebDriver browser) {

    static LoginPage open(WebDriver browser, URI base) {
      browser.navigate().to(base.resolve("login.xhtml").toString());
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
      return new LoginPage(browser);
    }

    /**
     * Signs in and returns once the login post has been answered (the login page is gone): a test
     * that navigates straight after would otherwise cut the post off and land on the login page.
     */
    void signIn(String username, String password) {
      browser.findElement(By.id("login:username")).sendKeys(username);
      browser.findElement(By.id("login:password")).sendKeys(password);
      WebElement submit = browser.findElement(By.id("login:submit"));
      submit.click();
      // While the page is swapped Chrome may answer "node does not belong to the document"
      // instead of "stale": ask again until the old page is gone.
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .ignoring(WebDriverException.class)
          .until(ExpectedConditions.stalenessOf(submit));
    }
  }
}
