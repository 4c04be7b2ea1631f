package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DemoAccounts;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's staff accounts in headless Chromium: an account is created on the page, its
 * person sets a password through the mailed one-time link (on a phone) and signs in; deactivated on
 * the page, their open session fails at its next request.
 */
class StaffInBrowserIT extends BrowserTest {

  private static final Pattern LINK =
      Pattern.compile("/account/password\\.xhtml\\?t=([A-Za-z0-9_-]+)");

  private WebDriver phone;

  @BeforeEach
  void phone() throws Exception {
    phone = BrowserSession.startPhone();
  }

  @AfterEach
  void closePhone() {
    if (phone != null) {
      phone.quit();
    }
  }

  @Test
  void anAdministratorCreatesAnAccountWhoseOwnerSetsAPasswordAndLosesTheSessionWhenDeactivated()
      throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000L);
    String username = "hanna.uusi" + suffix;
    String name = "Hanna Uusi " + suffix;
    String email = "hanna" + suffix + "@kodit.test";
    String password = "kolme pitkää sanaa " + suffix;

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("adminPanel")));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navStaff"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("staffTitle")));

    // a refused form says why, in Finnish, and keeps what was typed
    browser.findElement(By.id("create:displayName")).sendKeys(name);
    browser.findElement(By.id("create:username")).sendKeys("admin");
    browser.findElement(By.id("create:email")).sendKeys(email);
    new Select(browser.findElement(By.id("create:organisation"))).selectByVisibleText(World.KODIT);
    role("create:roles", "Puheenjohtaja").click();
    submit(By.id("create:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Käyttäjätunnus on jo käytössä."));
    assertThat(browser.findElement(By.id("create:displayName")).getAttribute("value"))
        .isEqualTo(name);

    var usernameField = browser.findElement(By.id("create:username"));
    usernameField.clear();
    usernameField.sendKeys(username);
    if (!role("create:roles", "Puheenjohtaja").isSelected()) {
      role("create:roles", "Puheenjohtaja").click();
    }
    submit(By.id("create:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Käyttäjätunnus luotiin."));
    assertThat(row(name).getText()).contains(username, World.KODIT, "Puheenjohtaja", "Kyllä");

    submit(
        row(name)
            .findElement(
                By.xpath(".//a[@aria-label='Lähetä salasanan asetuslinkki: " + name + "']")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Salasanan asetuslinkki lähetettiin osoitteeseen " + email));
    BrowserSession.assertNoAccessibilityViolations(browser, "staff accounts");
    BrowserSession.screenshot(browser, "60-admin-staff");

    MimeMessage mail =
        EmbeddedServices.awaitMail("the set-password link", EmbeddedServices.mailTo(email));
    String text = EmbeddedServices.plainText(mail);
    assertThat(text).contains(username).doesNotContain(password);
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    String token = link.group(1);

    // the person opens the link on their phone and sets a password, typed twice
    WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(30));
    phone.navigate().to(base.resolve("account/password.xhtml?t=" + token).toString());
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:newPassword")));
    assertThat(phone.findElement(By.id("passwordFor")).getText()).contains(username);
    BrowserSession.assertNoAccessibilityViolations(phone, "set password");
    BrowserSession.screenshot(phone, "61-set-password-phone");
    phone.findElement(By.id("password:newPassword")).sendKeys("liian lyhyt");
    phone.findElement(By.id("password:repeatPassword")).sendKeys("liian lyhyt");
    phone.findElement(By.id("password:save")).click();
    phoneWait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Salasanassa pitää olla vähintään 12 merkkiä."));
    phone.findElement(By.id("password:newPassword")).sendKeys(password);
    phone.findElement(By.id("password:repeatPassword")).sendKeys(password);
    phone.findElement(By.id("password:save")).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passwordDone")));
    BrowserSession.screenshot(phone, "62-password-set-phone");

    // the link works once
    phone.navigate().to(base.resolve("account/password.xhtml?t=" + token).toString());
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("linkNotValid")));

    // ... and the password signs them in
    LoginInBrowserIT.LoginPage.open(phone, base).signIn(username, password);
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedInAs")));
    assertThat(phone.findElement(By.id("signedInAs")).getText()).contains(name);

    // the administrator deactivates the account on the page: the page still shows the account as
    // it was before the password was set, so the first try is refused and the list read again
    submit(row(name).findElement(By.xpath(".//a[@aria-label='Poista käytöstä: " + name + "']")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Joku muu muutti tunnusta sillä välin."));
    assertThat(row(name).getText()).contains("Kyllä");
    submit(row(name).findElement(By.xpath(".//a[@aria-label='Poista käytöstä: " + name + "']")));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messageArea"), "Tunnus poistettiin käytöstä."));
    assertThat(row(name).getText()).contains("Ei, poistettu käytöstä");
    assertThat(row(name).findElements(By.xpath(".//a[contains(@aria-label,'Lähetä salasanan')]")))
        .isEmpty();

    // the person's open session fails at its next request: back to the login page
    // (on a phone the menu is behind its button)
    phone.findElement(By.id("navToggle")).click();
    phoneWait.until(ExpectedConditions.elementToBeClickable(By.id("navCases"))).click();
    phoneWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertThat(phone.findElements(By.id("signedInAs"))).isEmpty();
    LoginInBrowserIT.LoginPage.open(phone, base).signIn(username, password);
    phoneWait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message-error")));

    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where object_type = 'StaffUser' and object_id = '"
                    + username
                    + "'"))
        .isGreaterThanOrEqualTo(4);

    browser.manage().window().setSize(new Dimension(390, 844));
    BrowserSession.screenshot(browser, "63-admin-staff-phone");
  }

  private WebElement role(String group, String label) {
    WebElement labelElement =
        browser.findElement(
            By.xpath("//*[@id='" + group + "']//label[normalize-space()='" + label + "']"));
    return browser.findElement(By.id(labelElement.getAttribute("for")));
  }

  private WebElement row(String name) {
    return browser.findElements(By.cssSelector("#staff\\:accounts tbody tr")).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst()
        .orElseThrow();
  }
}
