package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * After a full-page post the case and meeting pages keep their address ({@code ?id=}), so a reload
 * or a bookmark opens the same page (by GET: the form is not posted again), and what the post
 * brought -- an error, the consent link just issued, the slot finder's proposal, "saved" -- is in
 * view and has the focus, however far down the button was.
 */
class PagesKeepTheirAddressInBrowserIT extends BrowserTest {

  @Test
  void theCasePageKeepsItsAddressAfterAPostAndFocusesTheErrorAndTheIssuedLink() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Aino", "Osoite");
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("caseworker", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseWorkerPanel")));
    String address = base.resolve("cases/case.xhtml?id=" + client.id()).toString();
    browser.navigate().to(address);

    // an error: a paper consent without its date, saved from far down the page
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("paperConsent:savePaperConsent")));
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('paperConsent:validUntil').value = ''");
    submit(By.id("paperConsent:savePaperConsent"));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertFocusedAndInView("messageArea");
    assertThat(browser.findElement(By.id("messageArea")).getAttribute("role")).isEqualTo("alert");
    assertThat(browser.findElement(By.id("messageArea")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector(".consent-version"))).isEmpty();

    // a result far down: the electronic consent link and its code (the form kept the empty date)
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('paperConsent:validUntil').value = arguments[0]",
            java.time.LocalDate.now().plusMonths(6).toString());
    browser
        .findElement(
            By.xpath(
                "//table[contains(@class,'consent-matrix')]//tr[th[normalize-space()='Joensuun"
                    + " Kodit Oy']]//input[@value='IDENTITY_AND_RELEASE']"))
        .click();
    submit(By.id("paperConsent:inviteElectronic"));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertFocusedAndInView("issued");
    assertThat(browser.findElement(By.id("issuedCode")).getText()).isNotBlank();
    BrowserSession.screenshot(browser, "90-case-after-post-keeps-address");

    // a reload asks for the same page again and does not post the form twice
    reload();
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertThat(browser.findElement(By.id("caseTitle")).getText()).contains(client.reference());
    assertThat(browser.findElements(By.id("issued"))).isEmpty();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from consent_invitation where case_id = " + client.id()))
        .as("one link issued: the reload did not post again")
        .isEqualTo(1);
  }

  @Test
  void theMeetingPageKeepsItsAddressAndFocusesTheProposalAndTheSavedMessage() throws Exception {
    World world = new World(base);
    World.Client virtanen = world.referClient("Mikko", "Osoitteinen");
    world.consent(virtanen, World.grant(World.KODIT, World.IDENTITY));
    World.Client laine = world.referClient("Pekka", "Paikallaan");
    world.consent(laine, World.grant(World.JOSNA, World.IDENTITY));
    OffsetDateTime start = World.at(15, 9);
    long meeting = world.meeting(start, Duration.ofHours(2), "Neuvotteluhuone 3");
    world.invite(meeting, world.slot(meeting, virtanen, start), World.KALLE);
    world.invite(meeting, world.slot(meeting, laine, start.plusMinutes(45)), World.JONNA);
    world.busy(World.KALLE, start, Duration.ofMinutes(30), "Asukasilta");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMeetings")));
    String address = base.resolve("meetings/meeting.xhtml?id=" + meeting).toString();
    browser.navigate().to(address);

    submit(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("finder:propose"))));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertFocusedAndInView("finder:proposal");
    // the finder says in words why it moved the first client: Kalle was busy
    String proposal = browser.findElement(By.cssSelector("table.proposal")).getText();
    assertThat(proposal)
        .contains(
            "Siirretty klo 9.45 (oli 9.00): Kalle Kumppani (Joensuun Kodit Oy) varattu 9.00–9.30");

    submit(By.id("finder:apply"));
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    assertFocusedAndInView("messageArea");
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Ehdotetut ajat tallennettiin");
    assertThat(browser.findElement(By.id("messageArea")).getAttribute("role")).isEqualTo("status");

    reload();
    assertThat(browser.getCurrentUrl()).isEqualTo(address);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingTitle")));
    assertThat(browser.findElements(By.cssSelector("#messageArea .message")))
        .as("the reload did not post the plan again")
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("article.slot")).get(0).getText())
        .contains(laine.name());
  }

  private void reload() {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.asoOldPage = true");
    browser.navigate().refresh();
    wait.until(
        b ->
            Boolean.TRUE.equals(
                js.executeScript(
                    "return window.asoOldPage === undefined && document.readyState === 'complete'")));
  }

  /** The element has the focus and its top is inside the window (scrolled to, not left below). */
  private void assertFocusedAndInView(String id) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    wait.until(
        b ->
            id.equals(
                js.executeScript("return document.activeElement && document.activeElement.id")));
    Object inView =
        js.executeScript(
            "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.top < window.innerHeight;",
            id);
    assertThat(inView).as(id + " in view").isEqualTo(Boolean.TRUE);
  }
}
