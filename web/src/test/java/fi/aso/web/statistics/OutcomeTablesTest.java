package fi.aso.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.statistics.StatisticsReport;
import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Granularity;
import fi.aso.domain.statistics.Indicator;
import fi.aso.domain.statistics.IndicatorValue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutcomeTablesTest {

  private static final OutcomeTables FINNISH = new OutcomeTables(Locale.of("fi"));

  /** Two months of one indicator: the second's share hidden (a view across regions). */
  private static StatisticsReport report() {
    return new StatisticsReport(
        null,
        true,
        "2026-01",
        "2026-02",
        Granularity.MONTH,
        ClientGroup.ALL,
        List.of(
            new StatisticsReport.Series(
                Indicator.HOUSED_AT_RELEASE,
                Indicator.Unit.PERCENT,
                List.of(
                    month(
                        "2026-01",
                        new IndicatorValue("TOTAL", null, 62.5, 5, 8, false),
                        new IndicatorValue("FORM", "NONE", 37.5, 3, 8, false)),
                    month(
                        "2026-02",
                        new IndicatorValue("TOTAL", null, null, null, null, true),
                        new IndicatorValue("FORM", "NONE", null, 0, 0, false))))));
  }

  private static StatisticsReport.PeriodValues month(String label, IndicatorValue... values) {
    LocalDate first = LocalDate.parse(label + "-01");
    return new StatisticsReport.PeriodValues(
        label, first, first.plusMonths(1).minusDays(1), List.of(values));
  }

  @Test
  void aTableNamesTheIndicatorAndItsPartAndKeepsHiddenApartFromNone() {
    OutcomeTable table = FINNISH.indicators(report());

    assertThat(table.columns()).containsExactly("2026-01", "2026-02");
    assertThat(table.rows())
        .extracting(OutcomeTable.Row::label)
        .containsExactly("Asunto vapautumispäivänä", "Asunto vapautumispäivänä – ei asuntoa");
    OutcomeTable.Row total = table.rows().getFirst();
    assertThat(total.cells())
        .extracting(c -> c.text(total.unit(), Locale.of("fi"), "piilotettu"))
        .containsExactly("62,5 %", "piilotettu");
    OutcomeTable.Row none = table.rows().get(1);
    assertThat(none.cells().get(1).text(none.unit(), Locale.ENGLISH, "hidden")).isEqualTo("–");
  }

  @Test
  void theCsvQuotesALabelWithACommaAndWritesPlainNumbers() {
    OutcomeTable table =
        new OutcomeTable(
            "t",
            "Suostumukset",
            List.of("2026-01"),
            List.of(
                new OutcomeTable.Row(
                    "Suostumukset – annettu, paperilla",
                    Indicator.Unit.COUNT,
                    List.of(new OutcomeTable.Cell(7.0, false))),
                new OutcomeTable.Row(
                    "Osuus \"asunto\"",
                    Indicator.Unit.PERCENT,
                    List.of(new OutcomeTable.Cell(33.3, false)))));

    String csv = new String(OutcomesCsv.of(List.of(table), "piilotettu"), StandardCharsets.UTF_8);

    assertThat(csv)
        .isEqualTo(
            "\uFEFFSuostumukset\r\n,2026-01\r\n\"Suostumukset – annettu, paperilla\",7\r\n"
                + "\"Osuus \"\"asunto\"\" (%)\",33.3\r\n\r\n");
  }

  @Test
  void aChartLeavesAHiddenNumberOutRatherThanDrawingZero() {
    JsonObject chart =
        Json.createReader(new StringReader(ChartJson.line(FINNISH.indicators(report()))))
            .readObject();

    assertThat(chart.getString("type")).isEqualTo("line");
    assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1))
        .isEqualTo("2026-02");
    var first = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(first.getString("label")).isEqualTo("Asunto vapautumispäivänä");
    assertThat(first.getJsonArray("data").toString()).isEqualTo("[62.5,null]");
  }

  @Test
  void aNameCannotEndTheScriptTheChartIsWrittenInto() {
    OutcomeTable table =
        new OutcomeTable(
            "regions",
            "Alueet",
            List.of("</script><script>alert(1)</script>"),
            List.of(
                new OutcomeTable.Row(
                    "Osuus", Indicator.Unit.PERCENT, List.of(new OutcomeTable.Cell(50.0, false)))));

    String json = ChartJson.bar(table, false);

    assertThat(json).doesNotContain("<");
    assertThat(
            Json.createReader(new StringReader(json))
                .readObject()
                .getJsonObject("data")
                .getJsonArray("labels")
                .getString(0))
        .isEqualTo("</script><script>alert(1)</script>");
  }
}
