package fi.aso.web.statistics;

import fi.aso.application.statistics.Statistics;
import fi.aso.application.statistics.StatisticsReport;
import fi.aso.domain.statistics.Indicator;
import java.util.List;
import java.util.Set;

/**
 * Everything the dashboard shows for one filter, worded in one language: made once per request by
 * the page and by each export, so that they cannot count differently.
 */
public record OutcomeView(
    OutcomeFilter filter,
    boolean suppressed,
    List<Statistics.RegionTotals> comparison,
    OutcomeTable referrals,
    OutcomeTable shares,
    OutcomeTable funnel,
    OutcomeTable regions,
    OutcomeTable indicators) {

  private static final Set<Indicator> FUNNEL =
      Set.of(
          Indicator.CLIENTS_REFERRED,
          Indicator.DAYS_TO_CONSENT,
          Indicator.DAYS_TO_FIRST_MEETING,
          Indicator.HOUSED_AT_RELEASE,
          Indicator.STILL_HOUSED);

  private static final Set<Indicator> COMPARED =
      Set.of(
          Indicator.CLIENTS_REFERRED,
          Indicator.MEETING_BEFORE_RELEASE,
          Indicator.HOUSED_AT_RELEASE,
          Indicator.STILL_HOUSED);

  /** Counts the filter's view (the statistics service checks who may see it). */
  public static OutcomeView of(Statistics statistics, OutcomeFilter filter, OutcomeTables tables) {
    StatisticsReport report = statistics.report(filter.request(Set.of()));
    List<Statistics.RegionTotals> comparison = statistics.comparison(filter.request(COMPARED));
    return new OutcomeView(
        filter,
        report.suppressed(),
        comparison,
        tables.referrals(report),
        tables.shares(report),
        tables.funnel(statistics.totals(filter.request(FUNNEL))),
        tables.regions(comparison),
        tables.indicators(report));
  }

  /** The tables that have a chart, in the page's order. */
  public List<OutcomeTable> charted() {
    return List.of(referrals, shares, funnel, regions);
  }

  /** Every table, the charted ones and then every indicator. */
  public List<OutcomeTable> all() {
    return List.of(referrals, shares, funnel, regions, indicators);
  }

  /** The Chart.js configuration of one of the charted tables. */
  public String chart(String id) {
    return switch (id) {
      case "referrals" -> ChartJson.bar(referrals, false);
      case "shares" -> ChartJson.line(shares);
      case "funnel" -> ChartJson.funnel(funnel);
      case "regions" -> ChartJson.bar(ChartJson.only(regions, Indicator.Unit.PERCENT), false);
      default -> throw new IllegalArgumentException(id);
    };
  }
}
