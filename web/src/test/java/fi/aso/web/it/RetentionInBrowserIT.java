package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.config.DemoAccounts;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Retention and the client's own data in headless Chromium: the administrator's retention page
 * (periods, the dry run by case reference, the log), and on the case page the legal hold (set and
 * released by a chair, seen by the case worker) and the client's own data as JSON and as a PDF in
 * the client's language.
 */
class RetentionInBrowserIT extends BrowserTest {

  @Test
  void theAdministratorLengthensAPeriodAndSeesTheDryRunChange() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Reija", "Säilytys");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    afterTodaysRun();
    // the client withdrew the whole consent 100 days ago: past the 90 days of a refused referral
    assertThat(
            world
                .web()
                .postJsonWithToken(
                    "api/v1/cases/" + client.id() + "/consents/withdrawals",
                    world.token("caseworker"),
                    "{\"wholly\":true}")
                .statusCode())
        .isEqualTo(200);
    long region =
        EmbeddedServices.count("select region_id from client_case where id = " + client.id());
    sql(
        "update case_state_change set changed_at = now() - interval '100 days' where case_id = "
            + client.id()
            + " and to_state = 'CONSENT_WITHDRAWN'",
        // a run of two days ago as the job writes it (the job's own work is RetentionTest's)
        "insert into retention_run (period_day, node, started_at, finished_at, removed)"
            + " values (current_date - 2, 'matriisi', now() - interval '2 days',"
            + " now() - interval '2 days', 3)",
        "insert into retention_log (run_id, kind, region_id, object_type, object_id, case_id,"
            + " expired_on, done_at) select id, k, "
            + region
            + ", 'consent_document', n, null, current_date - 3, now() - interval '2 days'"
            + " from retention_run, (values ('CONSENT_SCAN', 1), ('CONSENT_SCAN', 2),"
            + " ('KEPT_MAIL', 3)) as x(k, n) where period_day = current_date - 2");

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("admin", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navRetention"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retentionTitle")));

    assertThat(browser.findElement(By.id("period-REFUSED_REFERRAL")).getText())
        .contains("Ohjaus, johon asiakas ei suostunut", "Ilman suostumusta", "90");
    assertThat(dueCases("REFUSED_REFERRAL")).contains(client.reference());
    assertThat(browser.findElement(By.id("dryRun")).getText()).doesNotContain(client.name());
    assertThat(browser.findElement(By.id("retentionLog")).getText())
        .contains("Skannattu suostumuslomake", "Säilytetyt ja lähetetyt viestit");
    BrowserSession.assertNoAccessibilityViolations(browser, "retention page");
    screenshots("retention-admin");

    // a period the rules refuse: said, nothing saved, what was typed kept
    long before = periodDays(region, "REFUSED_REFERRAL");
    period("REFUSED_REFERRAL", "0");
    confirm(By.id("periods:savePeriods"));
    assertThat(browser.findElement(By.cssSelector(".message-error")).getText())
        .contains("Säilytysaikoja ei tallennettu", "Ohjaus, johon asiakas ei suostunut", "1–36500");
    assertThat(browser.findElement(By.id("days-REFUSED_REFERRAL")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("days-REFUSED_REFERRAL")).getAttribute("value"))
        .isEqualTo("0");
    assertThat(periodDays(region, "REFUSED_REFERRAL")).isEqualTo(before);

    // 120 days: the client's data is no longer due; the change is audited
    period("REFUSED_REFERRAL", "120");
    assertThat(browser.findElement(By.id("confirmDialog")).isDisplayed()).isFalse();
    browser.findElement(By.id("periods:savePeriods")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
    assertThat(browser.findElement(By.id("confirmDialog")).getText())
        .contains("Jos lyhennät aikaa", "Poistettuja tietoja ei saa takaisin");
    submit(By.id("confirmYes"));
    assertThat(browser.findElement(By.cssSelector(".message-info")).getText())
        .contains("Säilytysajat tallennettiin");
    assertThat(periodDays(region, "REFUSED_REFERRAL")).isEqualTo(120);
    assertThat(browser.findElement(By.id("period-REFUSED_REFERRAL")).getText())
        .contains("Alueen oma");
    assertThat(dueCases("REFUSED_REFERRAL")).doesNotContain(client.reference());
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where object_type = 'retention_period'"
                    + " and object_id = '"
                    + region
                    + ":REFUSED_REFERRAL' and actor = 'admin'"))
        .isPositive();

    // back to 90 days: due again
    period("REFUSED_REFERRAL", "90");
    confirm(By.id("periods:savePeriods"));
    assertThat(periodDays(region, "REFUSED_REFERRAL")).isEqualTo(90);
    assertThat(dueCases("REFUSED_REFERRAL")).contains(client.reference());
    screenshots("retention-admin-saved");
  }

  @Test
  void aChairHoldsTheCaseTheCaseWorkerExportsTheClientsDataAndTheChairReleasesTheHold()
      throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Helmi", "Pitovaara");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY, World.HOUSING));

    // the chair holds the case (the API lets chairs only)
    signIn("chair");
    openCase(client);
    assertThat(browser.findElement(By.id("legalHoldOff")).getText())
        .contains("Tietojen poistamista ei ole estetty");
    browser.findElement(By.id("legalHold:holdReason")).sendKeys("Kantelu oikeusasiamiehelle");
    submit(By.id("legalHold:setHold"));
    assertThat(browser.findElement(By.id("legalHoldOn")).getText())
        .contains(
            "Tietojen poistaminen on estetty: Kantelu oikeusasiamiehelle", "Paavo Puheenjohtaja");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from client_case where legal_hold_at is not null and id = "
                    + client.id()))
        .isEqualTo(1);

    // the case worker sees the hold, cannot release it, and exports the data in Swedish
    signIn("caseworker");
    openCase(client);
    assertThat(browser.findElement(By.id("legalHoldOn")).getText())
        .contains("Kantelu oikeusasiamiehelle");
    assertThat(browser.findElements(By.id("legalRelease:releaseHold"))).isEmpty();
    assertThat(browser.findElements(By.id("legalHold:setHold"))).isEmpty();
    BrowserSession.assertNoAccessibilityViolations(browser, "case page with a legal hold");
    screenshots("case-legal-hold-export");
    new Select(browser.findElement(By.id("exportLanguage"))).selectByValue("sv");

    HttpResponse<byte[]> json = download("exportJson");
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(json.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("omat-tiedot-" + client.id() + ".json"));
    JsonObject data = World.json(new String(json.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(data.getString("schema")).isEqualTo("aso-client-data/1");
    assertThat(data.getJsonObject("client").getString("name")).isEqualTo(client.name());
    assertThat(data.getJsonObject("client").getString("reference")).isEqualTo(client.reference());
    assertThat(data.getJsonArray("consents")).hasSize(1);
    // the page's JSON is the API's
    JsonObject api =
        World.json(
            world
                .web()
                .getWithToken(
                    "api/v1/cases/" + client.id() + "/client-data?lang=sv",
                    world.token("caseworker"))
                .body());
    assertThat(api.keySet()).isEqualTo(data.keySet());
    assertThat(api.getJsonObject("client")).isEqualTo(data.getJsonObject("client"));
    assertThat(api.getJsonArray("consents")).isEqualTo(data.getJsonArray("consents"));

    HttpResponse<byte[]> pdf = download("exportPdf");
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    Files.write(Path.of("target/client-data-in-browser-sv.pdf"), pdf.body());
    String text = pdfText(pdf.body());
    assertThat(text).contains(client.name(), client.reference(), "Joensuun Kodit Oy");
    assertThat(text).doesNotContain("Sinusta tallennetut tiedot");
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where client_case_id = "
                    + client.id()
                    + " and actor = 'caseworker' and purpose like 'client''s own data export%'"))
        .as("both page downloads and the API's are audited against the case")
        .isEqualTo(3);

    // the chair releases the hold, after a confirmation
    signIn("chair");
    openCase(client);
    browser.findElement(By.id("legalRelease:releaseHold")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
    assertThat(browser.findElement(By.id("confirmDialog")).getText())
        .contains("Tietojen poistaminen sallitaan taas");
    submit(By.id("confirmYes"));
    assertThat(browser.findElement(By.cssSelector(".message-info")).getText())
        .contains("Tietojen poistaminen sallittiin taas");
    assertThat(browser.findElement(By.id("legalHoldOff")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.id("legalHoldOn"))).isEmpty();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from client_case where legal_hold_at is null and id = "
                    + client.id()))
        .isEqualTo(1);
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where client_case_id = "
                    + client.id()
                    + " and purpose in ('legal hold set', 'legal hold released')"))
        .isEqualTo(2);
  }

  // --- the pages ---

  private void signIn(String user) {
    browser.manage().deleteAllCookies();
    LoginInBrowserIT.LoginPage.open(browser, base).signIn(user, DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")));
  }

  private void openCase(World.Client client) {
    browser.navigate().to(base.resolve("cases/case.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("legalHoldHeading")));
  }

  private void period(String kind, String days) {
    var field = browser.findElement(By.id("days-" + kind));
    field.clear();
    field.sendKeys(days);
  }

  /** A destructive button: its confirmation, then the page it posts. */
  private void confirm(By button) {
    browser.findElement(button).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
    submit(By.id("confirmYes"));
  }

  private String dueCases(String kind) {
    return browser.findElement(By.cssSelector("#due-" + kind + " .due-cases")).getText();
  }

  /** The page at a desktop's and a phone's width, saved for looking at. */
  private void screenshots(String name) throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 900));
    BrowserSession.screenshot(browser, name + "-1280");
    browser.manage().window().setSize(new Dimension(390, 844));
    BrowserSession.screenshot(browser, name + "-390");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  /** What the form's button would download, fetched with the browser's session. */
  private HttpResponse<byte[]> download(String button) throws Exception {
    String address =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "var f = document.getElementById('clientDataExport');"
                        + "var b = document.getElementById(arguments[0]);"
                        // (a button without formaction posts to the form's action)
                        + "var to = b.hasAttribute('formaction') ? b.formAction : f.action;"
                        + "return to + '?' + new URLSearchParams(new FormData(f));",
                    button);
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(address))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).as(address).isEqualTo(200);
    assertThat(address).contains("lang=sv");
    return file;
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  // --- the database ---

  /**
   * Waits for the day's retention run of this deployment (the job fires two minutes after start): a
   * case made to expire before it would be anonymised under the test.
   */
  private void afterTodaysRun() {
    new WebDriverWait(browser, Duration.ofMinutes(4))
        .pollingEvery(Duration.ofSeconds(2))
        .until(
            b ->
                EmbeddedServices.count(
                        "select count(*) from retention_run where finished_at is not null and"
                            + " period_day = (now() at time zone 'Europe/Helsinki')::date")
                    > 0);
  }

  /** The region's own period of the kind, -1 without one. */
  private static long periodDays(long region, String kind) {
    return EmbeddedServices.count(
        "select coalesce((select days from retention_period where region_id = "
            + region
            + " and kind = '"
            + kind
            + "'), -1)");
  }

  private static void sql(String... statements) throws Exception {
    try (Connection db = EmbeddedServices.database().getConnection();
        Statement s = db.createStatement()) {
      for (String statement : statements) {
        s.executeUpdate(statement);
      }
    }
  }
}
