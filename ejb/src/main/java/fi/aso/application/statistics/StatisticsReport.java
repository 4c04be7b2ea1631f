package fi.aso.application.statistics;

import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Granularity;
import fi.aso.domain.statistics.Indicator;
import fi.aso.domain.statistics.IndicatorValue;
import java.time.LocalDate;
import java.util.List;

/**
 * Every indicator asked, as a series over the periods: what a dashboard draws and exports. {@code
 * suppressed} says that the view is shared across regions, so that counts under five are hidden.
 */
public record StatisticsReport(
    Long regionId,
    boolean suppressed,
    String from,
    String to,
    Granularity granularity,
    ClientGroup group,
    List<Series> series) {

  /** One indicator's values per period. */
  public record Series(Indicator indicator, Indicator.Unit unit, List<PeriodValues> periods) {}

  /** The values of one period ("2026-03", "2026-Q1", "2026"). */
  public record PeriodValues(
      String period, LocalDate first, LocalDate last, List<IndicatorValue> values) {}
}
