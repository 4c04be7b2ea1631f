package fi.aso.web.statistics;

import fi.aso.application.search.FilterValues;
import fi.aso.application.statistics.StatisticsRequest;
import fi.aso.domain.Refusal;
import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Granularity;
import fi.aso.domain.statistics.Indicator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The statistics filters as the API, the dashboard and its exports read them from an address: from
 * and to are months (default the last twelve), granularity month, quarter or year, region empty
 * (the caller's own), "all" or a region's id, clientGroup one of {@link ClientGroup}. One reading,
 * so that an export counts exactly what the page showed.
 */
public record OutcomeFilter(
    YearMonth from, YearMonth to, Granularity granularity, String region, ClientGroup group) {

  /** The filters of a request's parameters; a value it does not know is a refusal saying which. */
  public static OutcomeFilter of(UnaryOperator<String> parameter) {
    Granularity cut =
        FilterValues.choice(Granularity.class, parameter.apply("granularity"), "granularity");
    ClientGroup group =
        FilterValues.choice(ClientGroup.class, parameter.apply("clientGroup"), "clientGroup");
    YearMonth now = YearMonth.from(LocalDate.now(ZoneId.of("Europe/Helsinki")));
    YearMonth last = month(parameter.apply("to"), "to", now);
    YearMonth first = month(parameter.apply("from"), "from", last.minusMonths(11));
    String region = parameter.apply("region");
    region = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
    if (scope(region) == StatisticsRequest.Scope.REGION) {
      FilterValues.id(region, "region"); // refused here when it is no id
    }
    return new OutcomeFilter(
        first,
        last,
        cut == null ? Granularity.MONTH : cut,
        region,
        group == null ? ClientGroup.ALL : group);
  }

  /** What the statistics service is asked (no indicators named: all). */
  public StatisticsRequest request(Set<Indicator> indicators) {
    StatisticsRequest.Scope scope = scope(region);
    return new StatisticsRequest(
        scope,
        scope == StatisticsRequest.Scope.REGION ? FilterValues.id(region, "region") : null,
        from,
        to,
        granularity,
        group,
        indicators);
  }

  /** The filters as an address's query, for the export links. */
  public String query() {
    return "from="
        + from
        + "&to="
        + to
        + "&granularity="
        + granularity.name().toLowerCase(Locale.ROOT)
        + "&region="
        + region
        + "&clientGroup="
        + group.name().toLowerCase(Locale.ROOT);
  }

  private static YearMonth month(String value, String name, YearMonth otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Refusal("search.value", name + " is a month like 2026-03", name);
    }
  }

  private static StatisticsRequest.Scope scope(String region) {
    if (region.isEmpty()) {
      return StatisticsRequest.Scope.OWN_REGION;
    }
    return "all".equals(region)
        ? StatisticsRequest.Scope.ALL_REGIONS
        : StatisticsRequest.Scope.REGION;
  }
}
