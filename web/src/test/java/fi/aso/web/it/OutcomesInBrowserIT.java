package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.aso.config.DemoAccounts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The outcomes dashboard (issue 17) in headless Chromium with the demo data's year and a half of
 * the Joensuu group: the chair's own region drawn as Chart.js charts with a table each, at a
 * desktop's and a phone's width; the CSV and the spreadsheet (read with Apache POI) say the numbers
 * the page shows; the PDF summary opens with its charts; all regions hide small counts; the help
 * page defines every indicator.
 */
class OutcomesInBrowserIT extends BrowserTest {

  /** The demo history goes back about 560 days: eighteen months and this one cover it. */
  static final YearMonth NOW = YearMonth.now(ZoneId.of("Europe/Helsinki"));

  @Test
  void theChairSeesTheYearsTrendsAndTheExportsSayTheSameNumbers() throws Exception {
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navOutcomes"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomesTitle")));
    filter(NOW.minusMonths(18), NOW, "month", "");

    Map<String, List<String>> referrals = table("referrals");
    List<String> referred = referrals.get("Ohjatut asiakkaat");
    assertThat(referred).hasSize(19);
    assertThat(referred.stream().mapToInt(Integer::parseInt).sum())
        .as("the demo history's 40 past clients of Joensuu, and what other tests referred")
        .isGreaterThanOrEqualTo(40);
    assertThat(referred.stream().filter(n -> !n.equals("0")).count())
        .as("referrals spread over the months: a trend, not one bar")
        .isGreaterThanOrEqualTo(6);
    assertThat(table("shares").get("Asunto vapautumispäivänä"))
        .as("housed at release has a share in some month")
        .anyMatch(v -> v.endsWith("%"));
    Map<String, List<String>> funnel = table("funnel");
    assertThat(funnel.keySet())
        .containsExactly(
            "Ohjattu",
            "Antoi suostumuksen",
            "Käsitelty kokouksessa",
            "Asunto vapautuessa",
            "Asunto yhä 12 kuukauden kuluttua");
    assertThat(Integer.parseInt(funnel.get("Ohjattu").getFirst()))
        .isGreaterThanOrEqualTo(Integer.parseInt(funnel.get("Asunto vapautuessa").getFirst()))
        .isPositive();
    assertThat(browser.findElements(By.id("suppressionNote")))
        .as("the chair's own region: in full")
        .isEmpty();
    chartsDrawn(4);
    BrowserSession.assertNoAccessibilityViolations(browser, "outcomes dashboard");
    screenshots("outcomes-chair");

    Map<String, List<String>> shown = table("indicators");
    Map<String, List<String>> csv = csvSection(download("exportCsv", "text/csv"), 4);
    assertThat(csv.keySet()).hasSameSizeAs(shown.keySet());
    shown.forEach(
        (label, cells) ->
            assertThat(numbers(csvRow(csv, label))).as("CSV: " + label).isEqualTo(numbers(cells)));
    Map<String, List<String>> xlsx =
        xlsxSheet(download("exportXlsx", "application/vnd.openxmlformats"), 4);
    shown.forEach(
        (label, cells) ->
            assertThat(numbers(csvRow(xlsx, label)))
                .as("XLSX: " + label)
                .isEqualTo(numbers(cells)));
    assertThat(numbers(csvRow(csvSection(download("exportCsv", "text/csv"), 2), "Ohjattu")))
        .as("the funnel in the CSV")
        .isEqualTo(numbers(funnel.get("Ohjattu")));

    // a long export shows progress: the page says the file is being made, then that it is ready
    browser.findElement(By.id("exportXlsx")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("exportStatus"), "Tiedosto on valmis: tulokset-"));

    byte[] pdf = download("exportPdf", "application/pdf");
    Files.write(Path.of("target/outcomes-summary.pdf"), pdf);
    PdfReader reader = new PdfReader(pdf);
    assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(5);
    for (int page = 1; page <= 4; page++) {
      assertThat(
              reader
                  .getPageN(page)
                  .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES)
                  .getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT))
          .as("page " + page + " has its chart as an image")
          .isNotNull();
    }
    assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
        .contains("Tulokset", "Kuukausittain", "Oma alue", "Ohjatut asiakkaat jaksoittain");
    assertThat(new PdfTextExtractor(reader).getTextFromPage(3))
        .contains("Ohjauksesta asuntoon", "Asunto vapautuessa");

    // the national view: all regions, small counts hidden, the regions side by side
    filter(NOW.minusMonths(18), NOW, "quarter", "all");
    assertThat(browser.findElement(By.id("suppressionNote")).getText()).contains("alle viiden");
    assertThat(browser.findElement(By.cssSelector("#table-regions thead")).getText())
        .contains("Joensuun ASO-ryhmä");
    assertThat(table("referrals").get("Ohjatut asiakkaat"))
        .as("nineteen months by quarter")
        .hasSizeBetween(7, 8);
    chartsDrawn(4);
    BrowserSession.assertNoAccessibilityViolations(browser, "outcomes, all regions");
    screenshots("outcomes-all-regions");

    // the help page: every indicator's definition
    browser.findElement(By.id("indicatorHelp")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicatorsTitle")));
    assertThat(browser.findElements(By.cssSelector("#definitions dt"))).hasSize(13);
    assertThat(browser.findElement(By.id("definitions")).getText())
        .contains("Ohjatut asiakkaat", "Siirretyt vapautumispäivät");
    BrowserSession.assertNoAccessibilityViolations(browser, "indicator help");
    screenshots("outcomes-help");
  }

  @Test
  void aMonthTheFilterCannotReadIsSaidAndNothingIsCounted() {
    LoginInBrowserIT.LoginPage.open(browser, base).signIn("chair", DemoAccounts.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("navOutcomes"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomesTitle")));
    WebElement from = browser.findElement(By.id("from"));
    from.clear();
    from.sendKeys("maaliskuu");
    submit(By.id("filterButton"));
    assertThat(browser.findElement(By.id("messageArea")).getText())
        .contains("Rajausta ei voitu käyttää");
    assertThat(browser.findElements(By.tagName("canvas"))).isEmpty();
    assertThat(browser.findElements(By.id("exports"))).isEmpty();
  }

  // --- the page ---

  private void filter(YearMonth from, YearMonth to, String granularity, String region) {
    WebElement first = browser.findElement(By.id("from"));
    first.clear();
    first.sendKeys(from.toString());
    WebElement last = browser.findElement(By.id("to"));
    last.clear();
    last.sendKeys(to.toString());
    new Select(browser.findElement(By.id("granularity"))).selectByValue(granularity);
    new Select(browser.findElement(By.id("region"))).selectByValue(region);
    submit(By.id("filterButton"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exports")));
  }

  /** A table as the page shows it: each row's label and its cells' texts. */
  private Map<String, List<String>> table(String id) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (WebElement row : browser.findElements(By.cssSelector("#table-" + id + " tbody tr"))) {
      String label = row.findElement(By.tagName("th")).getAttribute("textContent").strip();
      rows.put(
          label,
          row.findElements(By.tagName("td")).stream()
              .map(td -> td.getAttribute("textContent").strip())
              .toList());
    }
    return rows;
  }

  /** Every canvas has its Chart.js chart with data (PrimeFaces' p:chart draws them). */
  private void chartsDrawn(int charts) {
    wait.until(
        b ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) b)
                    .executeScript(
                        "var c = document.querySelectorAll('canvas');"
                            + "return c.length === arguments[0] && window.Chart !== undefined"
                            + " && Array.from(c).every(function (e) { var ch = Chart.getChart(e);"
                            + " return ch && ch.data.datasets.length > 0 && e.width > 0; });",
                        charts)));
  }

  /** What a link of the page downloads, fetched with the browser's session. */
  private byte[] download(String link, String type) throws Exception {
    String address = browser.findElement(By.id(link)).getAttribute("href");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> file =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(address))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).as(address).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(type));
    return file.body();
  }

  // --- reading the files back ---

  /** The numbers of a row: "45,5 %" and "45.5" alike, a hidden or missing number as its word. */
  private static List<String> numbers(List<String> cells) {
    return cells.stream()
        .map(c -> c.replace(" %", "").replace(',', '.').replace("–", ""))
        .map(c -> c.endsWith(".0") ? c.substring(0, c.length() - 2) : c)
        .toList();
  }

  /** A row of a file by the page's label (the file adds " (%)" to a share's). */
  private static List<String> csvRow(Map<String, List<String>> rows, String label) {
    List<String> row = rows.containsKey(label) ? rows.get(label) : rows.get(label + " (%)");
    assertThat(row).as("a row " + label).isNotNull();
    return row;
  }

  /** The rows of the CSV's n-th table (0-based): caption, header, rows, an empty line. */
  private static Map<String, List<String>> csvSection(byte[] csv, int n) {
    String text = new String(csv, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    String[] sections = text.substring(1).split("\r\n\r\n");
    List<List<String>> lines = new ArrayList<>();
    for (String line : sections[n].split("\r\n")) {
      lines.add(fields(line));
    }
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (List<String> line : lines.subList(2, lines.size())) {
      rows.put(line.getFirst(), line.subList(1, line.size()));
    }
    return rows;
  }

  /** One CSV line's fields (RFC 4180 quoting). */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** The rows of the spreadsheet's n-th sheet (0-based), numbers written as the CSV writes them. */
  private static Map<String, List<String>> xlsxSheet(byte[] xlsx, int n) throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(n);
      int columns = sheet.getRow(1).getLastCellNum();
      Map<String, List<String>> rows = new LinkedHashMap<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 1; c < columns; c++) {
          Cell cell = row.getCell(c);
          cells.add(
              cell == null
                  ? ""
                  : cell.getCellType() == CellType.NUMERIC
                      ? String.valueOf(cell.getNumericCellValue())
                      : cell.getStringCellValue());
        }
        rows.put(row.getCell(0).getStringCellValue(), cells);
      }
      return rows;
    }
  }
}
