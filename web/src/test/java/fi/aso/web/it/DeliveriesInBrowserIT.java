package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's deliveries page in headless Chromium: a failed delivery is sent again with
 * one button, and a mail the inbox could not apply is kept, opened (escaped) and marked handled.
 */
class DeliveriesInBrowserIT extends BrowserTest {

  @Test
  void anAdministratorRetriesAFailedDeliveryAndReadsAKeptReply() throws Exception {
    // a partner answers by plain mail instead of their calendar: the inbox keeps it for a human
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setFrom(new InternetAddress("jonna@josna.localhost"));
    mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("aso@localhost"));
    mail.setSubject("Re: ASO-kokous", "UTF-8");
    mail.setText("Tulen kokoukseen <script>alert(1)</script> – Jonna", "UTF-8");
    EmbeddedServices.mail().setUser("aso@localhost", "aso").deliver(mail);
    EmbeddedServices.awaitCount(
        "select count(*) from inbound_reply where from_address = 'jonna@josna.localhost'");
    // and one invitation (to Pekka, for Laine's slot on a new meeting) has failed for good, as
    // after eight attempts
    World world = new World(base);
    World.Client client = world.referClient("Pekka", "Laine");
    world.consent(client, World.grant(World.SUBSTANCE_SERVICES, World.IDENTITY, World.HEALTH));
    OffsetDateTime start = World.at(40, 9);
    long meeting = world.meeting(start, Duration.ofHours(2), "Toimisto");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.PEKKA);
    String toPekka =
        "(select m.id from outbound_message m join invitation i on i.id = m.invitation_id"
            + " where i.slot_id = "
            + slot
            + " and m.recipient = 'pekka@siunsote.localhost')";
    EmbeddedServices.awaitCount(
        "select count(*) from outbound_message where status = 'SENT' and id = " + toPekka);
    try (var c = EmbeddedServices.database().getConnection();
        var s = c.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "update outbound_message set status = 'DEAD', attempts = 8,"
                      + " last_error = 'MessagingException: test outage' where id = "
                      + toPekka))
          .isEqualTo(1);
    }

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navDeliveries"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveriesTitle")));
    BrowserSession.screenshot(browser, "50-admin-deliveries");
    BrowserSession.assertNoAccessibilityViolations(browser, "deliveries");

    assertThat(browser.findElement(By.id("deliveries:troubled")).getText())
        .contains("pekka@siunsote.localhost", "Epäonnistui", "test outage");
    submit(
        browser.findElements(By.cssSelector("#deliveries\\:troubled tr")).stream()
            .filter(r -> r.getText().contains("pekka@siunsote.localhost"))
            .findFirst()
            .orElseThrow()
            .findElement(By.tagName("button")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "lähetetään uudelleen"));
    EmbeddedServices.awaitCount(
        "select count(*) from outbound_message where status = 'SENT' and attempts = 0 and id = "
            + toPekka);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from outbound_message where status = 'SENT' and attempts = 0 and id = "
                    + toPekka))
        .isEqualTo(1);

    assertThat(browser.findElement(By.id("kept:replies")).getText())
        .contains("jonna@josna.localhost", "Ei kalenterivastausta");
    browser.findElements(By.cssSelector("#kept\\:replies tr")).stream()
        .filter(r -> r.getText().contains("jonna@josna.localhost"))
        .findFirst()
        .orElseThrow()
        .findElement(By.xpath(".//button[.//span[text()='Avaa'] or text()='Avaa']"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("openedReply")));
    assertThat(browser.findElement(By.id("openedReply")).getText())
        .contains("<script>alert(1)</script>");
    BrowserSession.screenshot(browser, "51-admin-kept-reply");
    BrowserSession.assertNoAccessibilityViolations(browser, "deliveries with an opened reply");
  }
}
