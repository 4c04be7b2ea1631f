package fi.aso.web.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver; nothing is downloaded. Without
 * Chromium the browser tests are skipped with a message, unless {@code aso.require-browser} is true
 * (CI sets it), where they fail instead.
 */
final class BrowserSession {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private BrowserSession() {}

  static WebDriver start() throws IOException {
    return start("1280,900");
  }

  /** A phone-sized window, as the client's own phone or a small tablet. */
  static WebDriver startPhone() throws IOException {
    return start("390,844");
  }

  private static WebDriver start(String windowSize) throws IOException {
    // Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests
    // do not use DevTools
    java.util.logging.Logger.getLogger("org.openqa.selenium.devtools")
        .setLevel(java.util.logging.Level.SEVERE);
    java.util.logging.Logger.getLogger("org.openqa.selenium.chromium")
        .setLevel(java.util.logging.Level.SEVERE);
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      String why =
          "Chromium not installed ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install -y chromium chromium-driver";
      if (Boolean.getBoolean("aso.require-browser")) {
        throw new IllegalStateException(why);
      }
      Assumptions.abort("Browser test skipped: " + why);
    }
    Path profile = Files.createTempDirectory("aso-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + windowSize,
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Runs axe-core's WCAG 2.1 A and AA rules on the page the browser shows. */
  static void assertNoAccessibilityViolations(WebDriver driver, String page) {
    com.deque.html.axecore.results.Results results = axe(driver);
    org.assertj.core.api.Assertions.assertThat(results.getViolations())
        .as(
            page
                + ": "
                + results.getViolations().stream()
                    .map(
                        r ->
                            r.getId()
                                + " "
                                + r.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                    .toList())
        .isEmpty();
  }

  /**
   * axe-core's WCAG 2.1 A and AA rules run in the page itself, reporting violations only. (The
   * default run opens a blank window to merge the results of frames, and returns every passing node
   * too: several times slower, and these pages have no frames.)
   */
  static com.deque.html.axecore.results.Results axe(WebDriver driver) {
    com.deque.html.axecore.args.AxeRunOnlyOptions only =
        new com.deque.html.axecore.args.AxeRunOnlyOptions();
    only.setType("tag");
    only.setValues(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    com.deque.html.axecore.args.AxeRunOptions options =
        new com.deque.html.axecore.args.AxeRunOptions();
    options.setRunOnly(only);
    options.setResultTypes(java.util.List.of("violations"));
    return new com.deque.html.axecore.selenium.AxeBuilder()
        .withOptions(options)
        .disableIframeTesting()
        .setLegacyMode(true)
        .analyze(driver);
  }

  /** The whole page (up to 8000 px high) as target/screenshots/NAME.png, to look at. */
  static void screenshot(WebDriver driver, String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    org.openqa.selenium.Dimension window = driver.manage().window().getSize();
    Number height =
        (Number)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return Math.min(document.documentElement.scrollHeight, 8000)");
    driver
        .manage()
        .window()
        .setSize(
            new org.openqa.selenium.Dimension(
                window.getWidth(), Math.max(window.getHeight(), height.intValue() + 140)));
    try {
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.manage().window().setSize(window);
    }
  }
}
