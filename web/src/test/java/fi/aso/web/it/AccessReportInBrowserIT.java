package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.config.DemoAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The client's access report in headless Chromium, as the chair uses it when a client asks who has
 * seen their data: grouped lines in words, paged and filtered by the page's own address, and the
 * PDF for the client in their language.
 */
class AccessReportInBrowserIT extends BrowserTest {

  /**
   * Four weeks of the chair's work on the case as the services write it in the trail, one purpose a
   * day: enough distinct lines to need a second page. (Written straight into the trail: making each
   * through its own use case would take a meeting day, minutes and follow-up; the words for every
   * purpose are the unit tests'.)
   */
  private static final List<String> CHAIR_WORK =
      List.of(
          "meeting page",
          "agenda",
          "slot finder",
          "slot scheduled",
          "slot moved",
          "client attendance: VIDEO",
          "invited 41",
          "invitee removed",
          "invitations of a slot",
          "meeting day",
          "meeting-day record",
          "attendance: PRESENT",
          "minutes prepared v1",
          "minutes approved v1",
          "minutes (whole) v1",
          "the client's own copy",
          "action added",
          "action DONE",
          "overdue actions",
          "follow-up planned",
          "follow-up",
          "follow-up THREE_MONTHS",
          "consent history",
          "electronic consent invited",
          "scanned consent form",
          "meetings and actions",
          "work list",
          "case search");

  @Test
  void aChairPagesAndFiltersTheReportAndGetsThePdfForTheClient() throws Exception {
    World world = new World(base);
    World.Client client = world.referClient("Raili", "Raportti");
    world.consent(client, World.grant(World.KODIT, World.IDENTITY));
    assertThat(
            world
                .web()
                .getWithToken("api/v1/cases/" + client.id(), world.token("partner"))
                .statusCode())
        .isEqualTo(200);
    LocalDate today = LocalDate.now(World.HELSINKI);
    for (int day = 0; day < CHAIR_WORK.size(); day++) {
      chairDid(client.id(), CHAIR_WORK.get(day), today.minusDays(day + 1));
    }

    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navCases")));
    browser.navigate().to(base.resolve("cases/report.xhtml?id=" + client.id()).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportTitle")));

    // page 1 of 2: 25 lines, in words, nobody's user name
    assertThat(browser.findElement(By.id("reportClient")).getText()).contains(client.name());
    assertThat(browser.findElement(By.id("reportTotal")).getText()).contains("sivu 1/2");
    assertThat(rows()).hasSize(25);
    String firstPage = browser.findElement(By.id("report")).getText();
    assertThat(firstPage)
        .contains("Paavo Puheenjohtaja", "Joensuun yhdyskuntaseuraamustoimisto")
        .contains("Veera Vastuutyöntekijä", "teki sinusta lähetteen ryhmään")
        .contains("hyväksyi kokouksen muistion", "etsi sinulle sopivaa kokousaikaa");
    assertNoInternalCodes(firstPage);
    BrowserSession.assertNoAccessibilityViolations(browser, "access report");
    BrowserSession.screenshot(browser, "access-report-page-1");

    submit(By.id("nextPage"));
    assertThat(browser.getCurrentUrl()).contains("page=2");
    assertThat(browser.findElement(By.id("reportTotal")).getText()).contains("sivu 2/2");
    String secondPage = browser.findElement(By.id("report")).getText();
    assertThat(rows()).isNotEmpty();
    // the oldest: the chair's work of almost four weeks ago (what the chair has done again today,
    // such as seeing the client's name on the home page's lists, is on the first page)
    assertThat(secondPage)
        .contains(
            "Paavo Puheenjohtaja",
            "katsoi kokouksesi ja sovitut toimenpiteet",
            today.minusDays(26).format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")));
    assertThat(browser.findElements(By.id("nextPage"))).isEmpty();

    // one organisation: Kalle of Joensuun Kodit Oy saw the details the client consented to
    new Select(browser.findElement(By.id("recipient"))).selectByVisibleText(World.KODIT);
    submit(By.id("filterButton"));
    assertThat(browser.getCurrentUrl()).contains("recipient=o");
    assertThat(rows())
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.getText()).contains(World.KODIT));
    assertThat(browser.findElement(By.id("report")).getText())
        .contains("Kalle Kumppani", "katsoi tietojasi");
    BrowserSession.screenshot(browser, "access-report-one-organisation");

    // a period: the five days a week ago, the chair's work of those days only
    browser.findElement(By.id("clearFilters")).click();
    wait.until(ExpectedConditions.urlMatches(".*report\\.xhtml\\?id=\\d+$"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('from').value = arguments[0];"
                + "document.getElementById('to').value = arguments[1];",
            today.minusDays(9).toString(),
            today.minusDays(5).toString());
    submit(By.id("filterButton"));
    assertThat(browser.getCurrentUrl()).contains("from=" + today.minusDays(9), "to=");
    assertThat(rows()).hasSize(5);
    assertThat(browser.findElement(By.id("report")).getText())
        .contains("muutti tapaa, jolla osallistut kokoukseen", "katsoi kokouksesi kutsut")
        .doesNotContain("Kalle Kumppani");
    browser.navigate().refresh();
    assertThat(rows()).as("the address keeps the filters").hasSize(5);

    // the PDF for a Swedish-speaking client: the same period, in Swedish, in words
    new Select(browser.findElement(By.id("language"))).selectByValue("sv");
    String pdfAddress =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "var f = document.getElementById('pdf');"
                        + "return f.action + '?' + new URLSearchParams(new FormData(f));");
    String text = pdfText(URI.create(pdfAddress));
    assertThat(text)
        .contains(
            "Vem har använt dina uppgifter",
            client.name(),
            today.minusDays(9).format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy")),
            "Paavo Puheenjohtaja",
            "ändrade hur du deltar i mötet")
        .doesNotContain("Kalle Kumppani", "katsoi");
    assertNoInternalCodes(text);
    assertThat(browser.findElement(By.id("pdfButton")).isEnabled()).isTrue();
    assertThat(
            EmbeddedServices.count(
                "select count(*) from audit_event where client_case_id = "
                    + client.id()
                    + " and actor = 'chair' and purpose = 'access report PDF for the client'"))
        .as("handing the client the PDF is on their report too")
        .isEqualTo(1);
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#report tbody tr")).stream()
        .filter(r -> !r.getAttribute("class").contains("ui-datatable-empty-message"))
        .toList();
  }

  private static void assertNoInternalCodes(String text) {
    assertThat(text.split("[\\s(),.:–-]+"))
        .doesNotContain("chair", "caseworker", "partner", "outbox", "system");
    assertThat(text).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b");
    assertThat(text)
        .doesNotContain("ClientCase", "ClientSlot", "case page", "REST API", "meeting page", "@");
  }

  /** The PDF's text, fetched with the browser's session (a download has no page to look at). */
  private String pdfText(URI address) throws Exception {
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(address).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).as(address.toString()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    java.nio.file.Files.write(
        java.nio.file.Path.of("target/access-report-in-browser.pdf"), pdf.body());
    PdfReader reader = new PdfReader(pdf.body());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    return text.toString().replaceAll("\\s+", " ");
  }

  private static void chairDid(long caseId, String purpose, LocalDate day) throws Exception {
    try (Connection db = EmbeddedServices.database().getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into audit_event (occurred_at, actor, action, object_type, object_id,"
                    + " client_case_id, purpose, outcome)"
                    + " values (?, 'chair', 'READ', 'ClientSlot', '1', ?, ?, 'SUCCESS')")) {
      insert.setObject(1, OffsetDateTime.of(day.atTime(10, 0), java.time.ZoneOffset.ofHours(2)));
      insert.setLong(2, caseId);
      insert.setString(3, purpose);
      insert.executeUpdate();
    }
  }
}
