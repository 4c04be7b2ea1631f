package fi.aso.web.it;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test against the deployed WAR: a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

  @ArquillianResource URL deployed;

  WebDriver browser;
  WebDriverWait wait;
  URI base;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = BrowserSession.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // an element found on a page that is being replaced goes stale: the wait looks again (any other
    // driver error fails the test at once, with its own message)
    wait.ignoring(StaleElementReferenceException.class);
    base = Platform.base(deployed);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The page at a desktop's and a phone's width, saved for looking at (NAME-1280, NAME-390). */
  void screenshots(String name) throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    BrowserSession.screenshot(browser, name + "-1280");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    BrowserSession.screenshot(browser, name + "-390");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  /**
   * Clicks a button that posts the whole page, and waits until the new page has loaded. (A mark on
   * the old page's window tells them apart; Chromium 150 answers a lookup on a page being replaced
   * with an inspector error rather than a stale element, so no element is held across.)
   */
  void submit(org.openqa.selenium.By button) {
    submit(browser.findElement(button));
  }

  void submit(org.openqa.selenium.WebElement button) {
    org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
    js.executeScript("window.asoOldPage = true");
    button.click();
    wait.until(
        b -> {
          try {
            return Boolean.TRUE.equals(
                js.executeScript(
                    "return window.asoOldPage === undefined && document.readyState === 'complete'"));
          } catch (org.openqa.selenium.WebDriverException e) {
            return false;
          }
        });
  }
}
