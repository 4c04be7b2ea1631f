package fi.aso.application.statistics;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.network.NotPermitted;
import fi.aso.application.staff.Caller;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.statistics.Fact;
import fi.aso.domain.statistics.FactKind;
import fi.aso.domain.statistics.Granularity;
import fi.aso.domain.statistics.Indicator;
import fi.aso.domain.statistics.IndicatorValue;
import fi.aso.domain.statistics.StatisticsStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators (issue 17) for chairs and administrators. There is no national role: anyone of
 * those two roles sees their own region in full, and another region or the whole platform as a view
 * shared across regions, in which counts under five are suppressed. The facts are anonymous, so
 * reading them is not audited; the rebuild command (an administrator's) is.
 */
@Stateless
public class Statistics {

  static final ZoneId FINNISH_TIME = ZoneId.of("Europe/Helsinki");

  @Inject StatisticsStore store;
  @Inject Caller caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public Statistics() {}

  /** For tests outside the container. */
  public Statistics(StatisticsStore store, Caller caller, AuditTrail audit, Clock clock) {
    this.store = store;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every indicator asked, each as one series over the periods. */
  public StatisticsReport report(StatisticsRequest request) {
    StaffMember me = caller.withAny(NotPermitted::new, Role.CHAIR, Role.ADMIN);
    long own = me.region().orElseThrow(NotPermitted::new);
    Optional<Long> region =
        switch (request.scope()) {
          case OWN_REGION -> Optional.of(own);
          case REGION -> Optional.of(request.regionId());
          case ALL_REGIONS -> Optional.empty();
        };
    boolean suppressed = !region.equals(Optional.of(own));
    List<Granularity.Period> periods = request.granularity().periods(request.from(), request.to());
    Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
    request.indicators().forEach(i -> kinds.addAll(i.kinds()));
    List<Fact> facts =
        store.facts(
            region, request.group(), periods.getFirst().first(), periods.getLast().last(), kinds);
    LocalDate today = LocalDate.now(clock.withZone(FINNISH_TIME));
    List<StatisticsReport.Series> series =
        request.indicators().stream()
            .map(i -> series(i, periods, facts, today, suppressed))
            .toList();
    return new StatisticsReport(
        region.orElse(null),
        suppressed,
        request.from().toString(),
        request.to().toString(),
        request.granularity(),
        request.group(),
        series);
  }

  private static StatisticsReport.Series series(
      Indicator indicator,
      List<Granularity.Period> periods,
      List<Fact> facts,
      LocalDate today,
      boolean suppressed) {
    return new StatisticsReport.Series(
        indicator,
        indicator.unit(),
        periods.stream()
            .map(
                p -> {
                  List<Fact> inPeriod = facts.stream().filter(f -> p.contains(f.day())).toList();
                  List<IndicatorValue> values =
                      indicator.valuesOf(inPeriod, today).stream()
                          .map(v -> suppressed ? v.acrossRegions() : v)
                          .toList();
                  return new StatisticsReport.PeriodValues(p.label(), p.first(), p.last(), values);
                })
            .toList());
  }

  /** Result of the rebuild command. */
  public record Rebuilt(int cases) {}

  /**
   * The command that writes the facts of every live case again from its data (an administrator's):
   * forgotten cases' facts and the moved release dates are kept (see migration V38).
   */
  public Rebuilt rebuild() {
    caller.withAny(NotPermitted::new, Role.ADMIN);
    int cases = store.rebuild();
    audit.record(
        AuditRecord.success(AuditAction.UPDATE, "statistics_fact", "all", "statistics rebuilt"));
    return new Rebuilt(cases);
  }
}
