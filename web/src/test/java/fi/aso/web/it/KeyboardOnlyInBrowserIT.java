package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two jobs that matter most, done with the keyboard alone (Tab, Space, Enter, and typing into
 * fields), as a person who cannot use a mouse or a touch screen does them: the client consents on a
 * phone-sized screen, and the chair books a consented client on a meeting with its invitations. No
 * element is clicked; the keys go to whatever has the focus, so a control that cannot be reached or
 * used by keyboard fails the test.
 */
class KeyboardOnlyInBrowserIT extends BrowserTest {

  /** More Tabs than any of these pages needs to reach a control: beyond it, it is unreachable. */
  private static final int MOST_TABS = 60;

  @Test
  void theClientConsentsOnAPhoneWithTheKeyboardOnly() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Näppäin", "Suostuja");
    // the case worker's side, as usual: the link and its code
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("paperConsent:inviteElectronic")));
    for (String organisation : new String[] {World.KODIT, World.SOTE}) {
      browser
          .findElement(
              By.xpath(
                  "//table[contains(@class,'consent-matrix')]//tr[th[normalize-space()='"
                      + organisation
                      + "']]//input[@value='"
                      + World.IDENTITY
                      + "']"))
          .click();
    }
    submit(By.id("paperConsent:inviteElectronic"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedCode")));
    String link = browser.findElement(By.id("issuedLink")).getAttribute("href");
    String code = browser.findElement(By.id("issuedCode")).getText();

    WebDriver phone = BrowserSession.startPhone();
    String accepted;
    try {
      Keyboard keys = new Keyboard(phone);
      phone.navigate().to(link);
      keys.waitFor("entry:code");
      keys.tabTo("entry:code").type(code).press(Keys.ENTER);
      keys.waitFor("answer:give");
      // the first agency accepted with Space, the other left unticked
      String first = keys.tabToFirst(".agency input[type=checkbox]");
      keys.press(Keys.SPACE);
      assertThat(keys.checked(first)).as("Space ticked the agency").isTrue();
      accepted =
          phone
              .findElement(By.id(first))
              .findElement(By.xpath("ancestor::*[@class='agency'][1]"))
              .getText();
      keys.tabTo("answer:name").type(client.name());
      keys.tabTo("answer:give").press(Keys.ENTER);
      keys.waitFor("receipt");
      BrowserSession.screenshot(phone, "keyboard-client-consented");
    } finally {
      phone.quit();
    }
    // the case worker sees the consent: the agency the client ticked, and not the other
    String other = accepted.contains(World.KODIT) ? World.SOTE : World.KODIT;
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".consent-version")));
    assertThat(browser.findElement(By.cssSelector(".consent-version")).getText())
        .contains(accepted.contains(World.KODIT) ? World.KODIT : World.SOTE)
        .doesNotContain(other);
  }

  @Test
  void theChairBooksAConsentedClientOnAMeetingWithTheKeyboardOnly() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Näppäin", "Varattava");
    world.consent(
        client,
        World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
        World.grant(World.SOTE, World.IDENTITY));
    world.meeting(World.at(5, 8), Duration.ofHours(4), "Näppäintestin kokoushuone");
    Keyboard keys = new Keyboard(browser);

    browser.navigate().to(base.resolve("login.xhtml").toString());
    keys.waitFor("login:username");
    keys.tabTo("login:username").type("chair");
    keys.tabTo("login:password").type(DemoAccounts.PASSWORD).press(Keys.ENTER);
    keys.waitFor("dashboardTitle");
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    keys.waitFor("bookingOpen:openBooking");
    keys.tabTo("bookingOpen:openBooking").press(Keys.ENTER);
    keys.waitFor("bookingForm:preview");
    keys.tabTo("bookingForm:preview").press(Keys.ENTER);
    keys.waitFor("bookingRecipients");
    keys.tabTo("bookingForm:send").press(Keys.ENTER);
    keys.waitFor("bookingForm:toMeeting");
    BrowserSession.screenshot(browser, "keyboard-chair-booked");

    long slot =
        EmbeddedServices.count("select max(id) from client_slot where case_id = " + client.id());
    assertThat(
            EmbeddedServices.count(
                "select count(*) from slot_invitee where slot_id = "
                    + slot
                    + " and kind = 'PARTNER' and removed_at is null"))
        .as("both consented agencies invited")
        .isEqualTo(2);
  }

  /** Keys sent to whatever has the focus, and where the focus is. */
  private static final class Keyboard {

    private final WebDriver browser;
    private final JavascriptExecutor js;
    private final WebDriverWait wait;

    Keyboard(WebDriver browser) {
      this.browser = browser;
      this.js = (JavascriptExecutor) browser;
      this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    void waitFor(String id) {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Presses Tab until the element with this id has the focus (fails if it never gets it). */
    Keyboard tabTo(String id) {
      for (int i = 0; i < MOST_TABS; i++) {
        if (id.equals(focused())) {
          return this;
        }
        press(Keys.TAB);
      }
      assertThat(focused()).as("Tab reaches " + id).isEqualTo(id);
      return this;
    }

    /** Presses Tab until an element matching the selector has the focus; returns its id. */
    String tabToFirst(String selector) {
      for (int i = 0; i < MOST_TABS; i++) {
        Object matches =
            js.executeScript(
                "var a = document.activeElement; return a && a.matches(arguments[0]) ? a.id : null",
                selector);
        if (matches != null) {
          return matches.toString();
        }
        press(Keys.TAB);
      }
      throw new AssertionError("Tab never reaches " + selector + " (at " + focused() + ")");
    }

    boolean checked(String id) {
      return Boolean.TRUE.equals(
          js.executeScript("return document.getElementById(arguments[0]).checked", id));
    }

    Keyboard type(String text) {
      new Actions(browser).sendKeys(text).perform();
      return this;
    }

    Keyboard press(Keys key) {
      new Actions(browser).sendKeys(key).perform();
      return this;
    }

    private String focused() {
      Object id =
          js.executeScript("return document.activeElement ? document.activeElement.id : null");
      return id == null ? "" : id.toString();
    }
  }
}
