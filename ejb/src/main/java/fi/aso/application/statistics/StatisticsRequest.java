package fi.aso.application.statistics;

import fi.aso.domain.Refusal;
import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Granularity;
import fi.aso.domain.statistics.Indicator;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a statistics view asks: whose facts (the caller's region, another region, or the whole
 * platform), which months, cut how, which client group and which indicators (empty: all).
 */
public record StatisticsRequest(
    Scope scope,
    Long regionId,
    YearMonth from,
    YearMonth to,
    Granularity granularity,
    ClientGroup group,
    Set<Indicator> indicators) {

  /** The longest period asked at once: ten years. */
  static final int MAX_MONTHS = 120;

  /** Whose facts: the caller's own region, a region named by its id, or all regions. */
  public enum Scope {
    OWN_REGION,
    REGION,
    ALL_REGIONS
  }

  public StatisticsRequest {
    if (from == null || to == null || granularity == null || group == null || scope == null) {
      throw new IllegalArgumentException("a statistics request names everything");
    }
    if (scope == Scope.REGION && regionId == null) {
      throw new IllegalArgumentException("a region's statistics name the region");
    }
    if (from.isAfter(to)) {
      throw new Refusal("statistics.period", "the period's first month is after its last");
    }
    if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
      throw new Refusal("statistics.period", "a period is at most " + MAX_MONTHS + " months");
    }
    indicators =
        indicators == null || indicators.isEmpty()
            ? EnumSet.allOf(Indicator.class)
            : EnumSet.copyOf(indicators);
  }
}
