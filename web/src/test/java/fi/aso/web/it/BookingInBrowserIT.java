package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chair's core job, measured in headless Chromium on the real WAR: a client who consented to
 * three agencies is put on the next meeting with room and the three are invited, from the case
 * page, in at most six clicks and without a single full page load; then the invitations are read at
 * the mail server: one per agency, the case reference and no client name.
 */
class BookingInBrowserIT extends BrowserTest {

  /** The goal: a consented client on the next meeting, three agencies invited. */
  static final int MOST_CLICKS = 6;

  private int clicks;

  @Test
  void aConsentedClientGoesOnTheNextMeetingWithThreeAgenciesInvitedInSixClicksWithoutReload()
      throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Varaus", "Kolmelle");
    world.consent(
        client,
        World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
        World.grant(World.SOTE, World.IDENTITY),
        World.grant(World.TE_OFFICE, World.IDENTITY));
    // a meeting with room for sure (the earliest with room may be another test's: any will do)
    world.meeting(World.at(4, 8), Duration.ofHours(4), "Varaustestin kokoushuone");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("bookingOpen:openBooking")));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // a mark on this page's window: any full page load from here on loses it
    js.executeScript("window.asoSamePage = 'yes'");

    click(By.id("bookingOpen:openBooking"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingForm:invitees")));
    assertThat(browser.findElement(By.id("bookingClient")).getText())
        .isEqualTo(client.name() + " (" + client.reference() + ")");
    Map<String, String> ticked = tickedByOrganisation();
    assertThat(ticked)
        .as("one contact person (or deputy) ticked for each of the three consented agencies")
        .containsOnlyKeys(World.KODIT, World.SOTE, World.TE_OFFICE);
    BrowserSession.assertNoAccessibilityViolations(browser, "booking dialog");

    click(By.id("bookingForm:preview"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingRecipients")));
    String recipients = browser.findElement(By.id("bookingRecipients")).getText();
    ticked.values().forEach(name -> assertThat(recipients).contains(name));
    assertThat(browser.findElement(By.id("bookingBody")).getText())
        .contains(client.reference())
        .doesNotContain(client.name());
    BrowserSession.screenshot(browser, "booking-preview");

    click(By.id("bookingForm:send"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingForm:toMeeting")));
    assertThat(browser.findElement(By.id("bookingForm:bookingMessages")).getText())
        .contains("Asiakas lisättiin kokoukseen", "3 yhdyshenkilölle");
    BrowserSession.screenshot(browser, "booking-done");

    assertThat(clicks)
        .as("clicks from the case page to the invitations sent")
        .isLessThanOrEqualTo(MOST_CLICKS);
    assertThat(js.executeScript("return window.asoSamePage"))
        .as("no full page load: every step was an ajax request in the same page")
        .isEqualTo("yes");

    // the invitations as the agencies get them: one each, the case reference, never the name
    long slot =
        EmbeddedServices.count("select max(id) from client_slot where case_id = " + client.id());
    for (String name : ticked.values()) {
      String email =
          EmbeddedServices.stringValue(
              "select email from contact_person where name = '" + name.replace("'", "''") + "'");
      MimeMessage mail =
          EmbeddedServices.awaitMail(
              "the invitation to " + email,
              m -> {
                try {
                  return EmbeddedServices.mailTo(email).test(m)
                      && m.getSubject().contains(client.reference());
                } catch (jakarta.mail.MessagingException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(EmbeddedServices.plainText(mail))
          .contains(client.reference())
          .doesNotContain(client.name());
    }
    assertThat(
            EmbeddedServices.count(
                "select count(*) from slot_invitee where slot_id = "
                    + slot
                    + " and kind = 'PARTNER' and removed_at is null"))
        .isEqualTo(3);

    // back on the case page, the client is on the meeting and cannot be booked twice
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseState")));
    assertThat(browser.findElement(By.id("caseState")).getText()).startsWith("Kokoukseen varattu");
    assertThat(browser.findElements(By.id("bookingOpen:openBooking"))).isEmpty();
  }

  private void click(By what) {
    wait.until(ExpectedConditions.elementToBeClickable(what)).click();
    clicks++;
  }

  /** The ticked check boxes' labels ("organisation: name"), by organisation. */
  private Map<String, String> tickedByOrganisation() {
    List<WebElement> boxes =
        browser.findElements(By.cssSelector("#bookingForm\\:invitees input[type=checkbox]"));
    return boxes.stream()
        .filter(WebElement::isSelected)
        .map(
            box ->
                browser
                    .findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                    .getText())
        .collect(
            Collectors.toMap(
                label -> label.substring(0, label.indexOf(": ")),
                label -> label.substring(label.indexOf(": ") + 2).split(" – ")[0]));
  }
}
