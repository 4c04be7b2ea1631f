package fi.aso.web.statistics;

import static fi.aso.domain.statistics.IndicatorValue.TOTAL;

import fi.aso.application.statistics.Statistics;
import fi.aso.application.statistics.StatisticsReport;
import fi.aso.domain.statistics.Indicator;
import fi.aso.domain.statistics.IndicatorValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The outcomes dashboard's tables from the statistics, worded in one language: the trend of
 * referrals, the shares over time, the funnel, the regions side by side and every indicator. The
 * page, its charts and the exports all take their numbers from here.
 */
public final class OutcomeTables {

  /** One line of a table: which indicator's which part, and whether its count or its value. */
  record Line(Indicator indicator, String breakdown, String detail, boolean count) {
    static Line of(Indicator indicator, String breakdown) {
      return new Line(indicator, breakdown, null, false);
    }

    /** The number of facts rather than the value (e.g. the cases a median counts). */
    static Line countOf(Indicator indicator, String breakdown) {
      return new Line(indicator, breakdown, null, true);
    }

    boolean matches(IndicatorValue v) {
      return breakdown.equals(v.breakdown()) && Objects.equals(detail, v.detail());
    }
  }

  /** The shares drawn over time and compared between regions. */
  static final List<Line> SHARES =
      List.of(
          Line.of(Indicator.MEETING_BEFORE_RELEASE, TOTAL),
          Line.of(Indicator.HOUSED_AT_RELEASE, TOTAL),
          Line.of(Indicator.STILL_HOUSED, "MONTHS_12"));

  /** Referral → consent → meeting → housed at release → housed at 12 months, each case once. */
  static final List<Line> FUNNEL =
      List.of(
          Line.countOf(Indicator.CLIENTS_REFERRED, TOTAL),
          Line.countOf(Indicator.DAYS_TO_CONSENT, TOTAL),
          Line.countOf(Indicator.DAYS_TO_FIRST_MEETING, TOTAL),
          Line.countOf(Indicator.HOUSED_AT_RELEASE, TOTAL),
          Line.countOf(Indicator.STILL_HOUSED, "MONTHS_12"));

  private final ResourceBundle text;
  private final Locale locale;

  public OutcomeTables(Locale locale) {
    this.locale = locale;
    this.text = ResourceBundle.getBundle("fi.aso.i18n.messages", locale);
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key) {
    return text.getString(key);
  }

  /** The view's filters in words: "Period 2026-01–2026-12 · by month · own region · all". */
  public String filters(OutcomeView view) {
    OutcomeFilter f = view.filter();
    String region =
        switch (f.region()) {
          case "" -> text("statistics.region.own");
          case "all" -> text("statistics.region.all");
          default ->
              view.comparison().stream()
                  .filter(r -> String.valueOf(r.regionId()).equals(f.region()))
                  .map(Statistics.RegionTotals::regionName)
                  .findFirst()
                  .orElse(f.region());
        };
    return String.join(
        " · ",
        text("statistics.filter.period") + " " + f.from() + "–" + f.to(),
        text("statistics.granularity." + f.granularity()),
        region,
        text("statistics.group." + f.group()));
  }

  /** Clients referred per period, in all and by client group. */
  public OutcomeTable referrals(StatisticsReport report) {
    List<Line> lines =
        List.of("TOTAL", "PRISONER", "SHORT_SENTENCE", "PROBATION_CLIENT").stream()
            .map(b -> Line.of(Indicator.CLIENTS_REFERRED, b))
            .toList();
    return overPeriods("referrals", "statistics.table.referrals", report, lines);
  }

  /** The shares with a meeting before release and housed at release and at 12 months. */
  public OutcomeTable shares(StatisticsReport report) {
    return overPeriods("shares", "statistics.table.shares", report, SHARES);
  }

  /** Each step of the funnel over the whole period (labelled by the funnel's own words). */
  public OutcomeTable funnel(StatisticsReport totals) {
    List<OutcomeTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < FUNNEL.size(); i++) {
      Line line = FUNNEL.get(i);
      rows.add(
          new OutcomeTable.Row(
              text("statistics.funnel." + i),
              Indicator.Unit.COUNT,
              List.of(
                  cell(totals, line, totals.series().getFirst().periods().getFirst().period()))));
    }
    return new OutcomeTable(
        "funnel", text("statistics.table.funnel"), List.of(text("statistics.table.clients")), rows);
  }

  /** The regions side by side: referrals and the shares, over the whole period. */
  public OutcomeTable regions(List<Statistics.RegionTotals> regions) {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of(Indicator.CLIENTS_REFERRED, TOTAL));
    lines.addAll(SHARES);
    List<OutcomeTable.Row> rows =
        lines.stream()
            .map(line -> row(line, regions.stream().map(r -> cell(r.totals(), line, null))))
            .toList();
    return new OutcomeTable(
        "regions",
        text("statistics.table.regions"),
        regions.stream().map(Statistics.RegionTotals::regionName).toList(),
        rows);
  }

  /**
   * Every indicator and every part of it per period, except the per-organisation parts of
   * participation (the organisations are named on their own page, not in a shared table).
   */
  public OutcomeTable indicators(StatisticsReport report) {
    List<Line> lines = new ArrayList<>();
    for (StatisticsReport.Series series : report.series()) {
      for (IndicatorValue v : series.periods().getFirst().values()) {
        if (series.indicator() != Indicator.PARTICIPATION || v.detail() == null) {
          lines.add(new Line(series.indicator(), v.breakdown(), v.detail(), false));
        }
      }
    }
    return overPeriods("indicators", "statistics.table.indicators", report, lines);
  }

  private OutcomeTable overPeriods(
      String id, String caption, StatisticsReport report, List<Line> lines) {
    List<String> periods =
        report.series().getFirst().periods().stream()
            .map(StatisticsReport.PeriodValues::period)
            .toList();
    List<OutcomeTable.Row> rows =
        lines.stream()
            .map(line -> row(line, periods.stream().map(p -> cell(report, line, p))))
            .toList();
    return new OutcomeTable(id, text(caption), periods, rows);
  }

  private OutcomeTable.Row row(Line line, java.util.stream.Stream<OutcomeTable.Cell> cells) {
    return new OutcomeTable.Row(
        label(line), line.count() ? Indicator.Unit.COUNT : line.indicator().unit(), cells.toList());
  }

  /** The line's number in one period of the report (null: its only period). */
  private static OutcomeTable.Cell cell(StatisticsReport report, Line line, String period) {
    Function<IndicatorValue, OutcomeTable.Cell> number =
        v ->
            new OutcomeTable.Cell(
                line.count() ? (v.count() == null ? null : v.count().doubleValue()) : v.value(),
                v.suppressed());
    return report.series().stream()
        .filter(s -> s.indicator() == line.indicator())
        .flatMap(s -> s.periods().stream())
        .filter(p -> period == null || p.period().equals(period))
        .flatMap(p -> p.values().stream())
        .filter(line::matches)
        .findFirst()
        .map(number)
        .orElse(new OutcomeTable.Cell(null, false));
  }

  /** "Housed on the day of release – Supported housing": the indicator and its part. */
  private String label(Line line) {
    String name = text("statistics.indicator." + line.indicator() + ".name");
    String part =
        switch (line.breakdown()) {
          case TOTAL -> null;
          case "FORM" ->
              line.detail().equals("NONE")
                  ? text("statistics.part.NONE")
                  : text("housingForm." + line.detail());
          case "OUTCOME" -> text("export.outcome." + line.detail());
          default ->
              text("statistics.part." + line.breakdown())
                  + (line.detail() == null ? "" : ", " + text("statistics.part." + line.detail()));
        };
    return part == null ? name : name + " – " + part;
  }
}
