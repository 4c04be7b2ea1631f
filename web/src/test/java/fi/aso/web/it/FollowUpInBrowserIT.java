package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The case page after a meeting in headless Chromium: the client's meetings and actions, then the
 * follow-up (the chair sets the points and records the first).
 */
class FollowUpInBrowserIT extends BrowserTest {

  @Test
  void theChairSetsFollowUpPointsAndRecordsTheHousingAtRelease() throws Exception {
    // the client's way so far: a meeting held five weeks ago (minutes approved) with their actions,
    // one of them overdue, and another client's action that is not theirs
    World world = new World(base);
    World.Client laine = world.referClient("Pekka", "Laine");
    world.consent(
        laine,
        World.grant(World.JOSNA, World.IDENTITY, World.HOUSING),
        World.grant(World.SUBSTANCE_SERVICES, World.IDENTITY, World.HEALTH));
    World.Client other = world.referClient("Mikko", "Virtanen");
    world.consent(other, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));
    OffsetDateTime held = World.at(-35, 9);
    long meeting = world.meeting(held, Duration.ofHours(3), "Joensuun yhdyskuntaseuraamustoimisto");
    long otherSlot = world.slot(meeting, other, held);
    world.invite(meeting, otherSlot, World.KALLE);
    long slot = world.slot(meeting, laine, held.plusMinutes(45));
    world.invite(meeting, slot, World.JONNA);
    world.invite(meeting, slot, World.PEKKA);
    LocalDate today = LocalDate.now(World.HELSINKI);
    world.action(
        slot, "Tarjoa tukiasuntoa Josnan kohteesta", World.JOSNA, World.JONNA, today.plusDays(7));
    world.action(
        slot, "Sovi avokuntoutuksen jatkosta", World.SUBSTANCE_SERVICES, null, today.minusDays(7));
    world.action(otherSlot, "Varaa yksiö vapautumispäiväksi", World.KODIT, null, today);
    world.approveMinutes(meeting);

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navCases")));
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + laine.id()).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseMeetings")));
    assertThat(browser.findElement(By.id("caseMeetings")).getText()).contains("muistio hyväksytty");
    assertThat(browser.findElement(By.id("caseActions")).getText())
        .contains(
            "Tarjoa tukiasuntoa Josnan kohteesta",
            "Jonna Josna",
            "Sovi avokuntoutuksen jatkosta",
            "Myöhässä")
        .doesNotContain("Varaa yksiö vapautumispäiväksi");
    submit(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followUpPlan:plan"))));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Seurantapisteet asetettiin"));
    assertThat(browser.findElements(By.cssSelector("form.follow-up-point"))).hasSize(4);

    WebElement first = browser.findElements(By.cssSelector("form.follow-up-point")).get(0);
    new Select(first.findElement(By.name("housedBefore"))).selectByValue("true");
    first.findElement(By.name("how")).sendKeys("Josnan tukiasunto");
    new Select(first.findElement(By.name("housingForm"))).selectByValue("SUPPORTED_HOUSING");
    new Select(first.findElement(By.name("stillHoused"))).selectByValue("true");
    submit(first.findElement(By.cssSelector("button")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messageArea"), "Tallennettu"));

    first = browser.findElements(By.cssSelector("form.follow-up-point")).get(0);
    assertThat(first.getText()).contains("kirjattu");
    assertThat(
            new Select(first.findElement(By.name("housingForm")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("SUPPORTED_HOUSING");
    assertThat(
            new Select(first.findElement(By.name("housedBefore")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("true");
    assertThat(first.findElement(By.name("how")).getAttribute("value"))
        .isEqualTo("Josnan tukiasunto");
    BrowserSession.screenshot(browser, "70-follow-up");
    BrowserSession.assertNoAccessibilityViolations(browser, "case page with follow-up");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from follow_up_point p join client_case c on c.id = p.case_id"
                    + " where c.id = "
                    + laine.id()
                    + " and p.label = 'AT_RELEASE' and p.housing_form = 'SUPPORTED_HOUSING'"))
        .isEqualTo(1);
  }
}
