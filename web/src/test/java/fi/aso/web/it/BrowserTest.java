package fi.aso.web.it;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test against the deployed WAR: a fresh headless Chromium per test. */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Platform.war();
  }

  @ArquillianResource URL deployed;

  WebDriver browser;
  WebDriverWait wait;
  URI base;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = BrowserSession.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    base = Platform.base(deployed);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
