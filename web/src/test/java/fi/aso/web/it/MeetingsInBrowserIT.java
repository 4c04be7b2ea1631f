package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import fi.aso.testing.ForeignWords;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The chair's calendar and meeting page, and the partner's own slots, in headless Chromium: the
 * slot finder proposes an order around a partner's busy time, only consented partners can be
 * chosen, and the partner sees their own client's slot and not the other one.
 */
class MeetingsInBrowserIT extends BrowserTest {

  @Test
  void theChairFindsTimesForTheFastTrackMeetingAndInvitesOnlyConsentedPartners() throws Exception {
    // a fast-track meeting: Virtanen by video from prison with Kalle invited, Laine in person;
    // Kalle
    // is busy for the first half hour
    World world = new World(base);
    World.Client virtanen = world.referClient("Mikko", "Virtanen");
    world.consent(
        virtanen,
        World.grant(World.KODIT, World.IDENTITY, World.HOUSING),
        World.grant(World.TE_OFFICE, World.IDENTITY));
    World.Client laine = world.referClient("Pekka", "Laine");
    world.consent(laine, World.grant(World.JOSNA, World.IDENTITY));
    OffsetDateTime start = World.at(11, 9);
    long meeting =
        world.meeting(start, Duration.ofHours(2), "Joensuun yhdyskuntaseuraamustoimisto");
    world.invite(
        meeting, world.slot(meeting, virtanen, start, "VIDEO_FROM_PRISON", null), World.KALLE);
    world.invite(meeting, world.slot(meeting, laine, start.plusMinutes(45)), World.JONNA);
    world.busy(World.KALLE, start, Duration.ofMinutes(30), "Asukasilta");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMeetings"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingsTitle")));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#calendar .fc-daygrid-event, #calendar .fc-event")));
    BrowserSession.screenshot(browser, "40-meetings-calendar");
    BrowserSession.assertNoAccessibilityViolations(browser, "meetings calendar");
    assertThat(browser.findElement(By.id("calendar")).getText())
        .doesNotContain("Virtanen", "Laine");
    browser.navigate().to(base.resolve("meetings/meeting.xhtml?id=" + meeting).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetingTitle")));
    List<WebElement> slots = browser.findElements(By.cssSelector("article.slot"));
    assertThat(slots).hasSize(2);
    assertThat(slots.get(0).getText())
        .contains(virtanen.reference(), virtanen.name(), "Kalle Kumppani", "videolla vankilasta");
    Select invite = new Select(slots.get(0).findElement(By.cssSelector("select[id$='invite']")));
    assertThat(invite.getOptions())
        .extracting(WebElement::getText)
        .anySatisfy(o -> assertThat(o).contains("Pohjois-Karjalan TE-toimisto: Tiina Työllisyys"))
        .noneSatisfy(o -> assertThat(o).contains("Jonna Josna"));
    BrowserSession.assertNoAccessibilityViolations(browser, "meeting page");

    browser.findElement(By.id("finder:propose")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("finderOutcome")));
    BrowserSession.screenshot(browser, "41-slot-finder-proposal");
    assertThat(browser.findElement(By.id("finderOutcome")).getText())
        .contains("Kaikille asiakkaille löytyi aika");
    String proposal = browser.findElement(By.cssSelector("table.proposal")).getText();
    assertThat(proposal.indexOf(laine.name()))
        .as("Laine first: Kalle is busy at the start")
        .isLessThan(proposal.indexOf(virtanen.name()));
    submit(By.id("finder:apply"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Ehdotetut ajat tallennettiin"));
    assertThat(browser.findElements(By.cssSelector("article.slot")).get(0).getText())
        .contains(laine.name());

    WebElement virtanensSlot = browser.findElements(By.cssSelector("article.slot")).get(1);
    new Select(virtanensSlot.findElement(By.cssSelector("select[id$='invite']")))
        .selectByVisibleText("Pohjois-Karjalan TE-toimisto: Tiina Työllisyys");
    submit(virtanensSlot.findElement(By.cssSelector("button[id$='inviteButton']")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Kutsu lisättiin"));
    assertThat(browser.findElements(By.cssSelector("article.slot")).get(1).getText())
        .contains("Tiina Työllisyys");
    BrowserSession.screenshot(browser, "42-meeting-after-plan");
  }

  @Test
  void thePartnerSeesOnlyTheSlotTheyAreInvitedTo() throws Exception {
    World world = new World(base);
    World.Client virtanen = world.referClient("Mikko", "Virtanen");
    world.consent(virtanen, World.grant(World.KODIT, World.IDENTITY));
    World.Client laine = world.referClient("Pekka", "Laine");
    world.consent(
        laine, World.grant(World.KODIT, World.IDENTITY), World.grant(World.JOSNA, World.IDENTITY));
    // starts in an hour, so that the join link is open
    OffsetDateTime start =
        OffsetDateTime.now(World.HELSINKI)
            .plusHours(1)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    long meeting =
        world.meeting(start, Duration.ofHours(2), "Joensuun yhdyskuntaseuraamustoimisto");
    world.invite(meeting, world.slot(meeting, virtanen, start), World.KALLE);
    // Laine's consent names Kodit too, but Kalle is not invited to Laine's slot
    world.invite(meeting, world.slot(meeting, laine, start.plusMinutes(45)), World.JONNA);

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("partner", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMySlots"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mySlotsTitle")));
    String table = browser.findElement(By.id("mySlots")).getText();
    BrowserSession.screenshot(browser, "43-partner-my-slots");
    BrowserSession.assertNoAccessibilityViolations(browser, "partner's slots");
    assertThat(table)
        .contains(virtanen.reference(), virtanen.name(), "Liity videolla")
        .doesNotContain(laine.name(), laine.reference());

    browser.navigate().to(base.resolve("meetings/index.xhtml").toString());
    assertThat(browser.getPageSource()).doesNotContain(laine.name());
  }

  @Test
  void movingAMeetingSomeoneAnsweredAsksForConfirmationAndKeepsTheNewTime() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Ville", "Siirrettävä");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    OffsetDateTime start = World.at(13, 9);
    long meeting = world.meeting(start, Duration.ofHours(3), "Neuvotteluhuone 2");
    long slot = world.slot(meeting, client, start);
    world.invite(meeting, slot, World.KALLE);
    world.acceptByMail(slot, World.KALLE);

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMeetings")));
    browser.navigate().to(base.resolve("meetings/meeting.xhtml?id=" + meeting).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:place")));
    // typed as a Finnish user writes times; the fields show what the page writes
    assertThat(browser.findElement(By.id("edit:start")).getAttribute("value")).isEqualTo("9.00");
    browser.findElement(By.id("edit:start")).clear();
    browser.findElement(By.id("edit:start")).sendKeys("10.00");
    browser.findElement(By.id("edit:end")).clear();
    browser.findElement(By.id("edit:end")).sendKeys("12:00");
    browser.findElement(By.id("edit:place")).clear();
    browser.findElement(By.id("edit:place")).sendKeys("Neuvotteluhuone 3");
    submit(By.id("edit:save"));

    // Kalle already answered: the page asks first, and keeps what the chair typed
    assertThat(browser.findElement(By.id("messageArea")).getText()).contains("Vahvista siirto");
    assertThat(browser.findElement(By.id("edit:save")).getText()).isEqualTo("Vahvista siirto");
    assertThat(browser.findElement(By.id("edit:start")).getAttribute("value")).isEqualTo("10.00");
    assertThat(browser.findElement(By.id("edit:end")).getAttribute("value")).isEqualTo("12.00");
    assertThat(browser.findElement(By.id("edit:place")).getAttribute("value"))
        .isEqualTo("Neuvotteluhuone 3");
    assertThat(EmbeddedServices.stringValue("select place from meeting where id = " + meeting))
        .as("nothing moved before the confirmation")
        .isEqualTo("Neuvotteluhuone 2");

    submit(By.id("edit:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Muutokset tallennettiin"));
    assertThat(
            EmbeddedServices.stringValue(
                "select place || ' ' || to_char(starts_at at time zone 'Europe/Helsinki', 'HH24:MI')"
                    + " from meeting where id = "
                    + meeting))
        .isEqualTo("Neuvotteluhuone 3 10:00");
    BrowserSession.screenshot(browser, "45-meeting-moved-after-confirmation");

    // Kalle's "Tulee" was for nine o'clock: he is asked again, and his mail says what changed
    assertThat(
            EmbeddedServices.stringValue(
                "select answer from slot_invitee where slot_id = "
                    + slot
                    + " and contact_person_id = "
                    + World.contact(World.KALLE)))
        .isEqualTo("NEEDS_ACTION");
    var update =
        EmbeddedServices.awaitMail(
            "the update to Kalle saying what changed",
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(World.KALLE)
                    && EmbeddedServices.plainText(m).contains("Aika muuttunut")
                    && EmbeddedServices.plainText(m).contains("Neuvotteluhuone 3")
                    // this test's client: other tests move Kalle's slots to a room 3 too
                    && EmbeddedServices.plainText(m).contains(client.reference());
              } catch (Exception e) {
                return false;
              }
            });
    assertThat(EmbeddedServices.plainText(update))
        .contains("Aika muuttunut:", "klo 10.00", "(oli ", "klo 9.00")
        .contains("Paikka muuttunut: Neuvotteluhuone 3 (oli Neuvotteluhuone 2)")
        .contains("Tiden har ändrats:", " kl. 10.00");
    assertThat(
            ForeignWords.in(update.getSubject() + "\n" + EmbeddedServices.plainText(update), "sv"))
        .isEmpty();

    // cancelling asks for a reason and first asks, saying what will happen; going back changes
    // nothing
    browser.findElement(By.id("cancel:reason")).sendKeys("Puheenjohtaja sairastui");
    browser.findElement(By.id("cancel:cancelMeeting")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmDialog")));
    assertThat(browser.findElement(By.id("confirmDialog")).getText())
        .contains("Kokous perutaan", "peruutuksen");
    BrowserSession.screenshot(browser, "46-cancel-asks-first");
    browser.findElement(By.id("confirmNo")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmDialog")));
    assertThat(EmbeddedServices.stringValue("select status from meeting where id = " + meeting))
        .isEqualTo("PLANNED");
    browser.findElement(By.id("cancel:cancelMeeting")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
    submit(By.id("confirmYes"));
    assertThat(EmbeddedServices.stringValue("select status from meeting where id = " + meeting))
        .isEqualTo("CANCELLED");
    var cancellation =
        EmbeddedServices.awaitMail(
            "the cancellation to Kalle with the reason",
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(World.KALLE)
                    && EmbeddedServices.plainText(m).contains("Puheenjohtaja sairastui");
              } catch (Exception e) {
                return false;
              }
            });
    assertThat(EmbeddedServices.plainText(cancellation))
        .contains("Syy / Orsak: Puheenjohtaja sairastui")
        .doesNotContain(client.name());
    assertThat(
            ForeignWords.in(
                cancellation.getSubject() + "\n" + EmbeddedServices.plainText(cancellation), "sv"))
        .isEmpty();
  }

  @Test
  void theChairCreatesARegularSeriesAndItsMeetingsAppear() throws Exception {
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navMeetings"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("series:title")))
        .sendKeys("Lieksan <i>ryhmä</i>");
    new Select(browser.findElement(By.id("series:ordinal"))).selectByValue("-1");
    new Select(browser.findElement(By.id("series:weekday"))).selectByValue("TH");
    browser.findElement(By.id("series:seriesPlace")).sendKeys("Lieksan virastotalo");
    submit(By.id("series:createSeries"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messageArea"), "Sarja luotiin"));
    assertThat(browser.findElement(By.id("seriesList")).getText())
        .contains("Lieksan <i>ryhmä</i>: joka kuukauden viimeinen torstai, 9.00–12.00")
        .doesNotContain("FREQ");
    assertThat(browser.findElement(By.id("meetingList")).getText()).contains("Lieksan virastotalo");
    BrowserSession.screenshot(browser, "44-series-created");
  }
}
