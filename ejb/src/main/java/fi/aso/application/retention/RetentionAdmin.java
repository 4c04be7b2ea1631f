package fi.aso.application.retention;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.staff.AdminOnly;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.RetentionKind;
import fi.aso.domain.retention.RetentionRecord;
import fi.aso.domain.retention.RetentionStore;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A region's administrator's view of retention: the periods (the region's own or the default),
 * changing one, the dry run (what the next run would remove in the region) and the log.
 */
@Stateless
public class RetentionAdmin {

  /** The longest period a region may set (100 years), and the shortest: a day. */
  static final int MAX_DAYS = 36500;

  @Inject RetentionStore store;
  @Inject AdminOnly admin;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public RetentionAdmin() {}

  /** For tests outside the container. */
  public RetentionAdmin(RetentionStore store, AdminOnly admin, AuditTrail audit, Clock clock) {
    this.store = store;
    this.admin = admin;
    this.audit = audit;
    this.clock = clock;
  }

  /** One kind's period in the region, and whether it is the region's own choice. */
  public record Period(RetentionKind kind, int days, int defaultDays, boolean regionsOwn) {}

  public List<Period> periods() {
    Map<RetentionKind, Integer> own = store.periods(admin.regionId());
    return Arrays.stream(RetentionKind.values())
        .map(
            k ->
                new Period(
                    k, own.getOrDefault(k, k.defaultDays()), k.defaultDays(), own.containsKey(k)))
        .toList();
  }

  public List<Period> setPeriod(RetentionKind kind, int days) {
    StaffMember administrator = admin.administrator();
    Objects.requireNonNull(kind, "kind");
    if (!allowed(days)) {
      throw new Refusal(
          "retention.periodOutOfRange", "a retention period is 1 to " + MAX_DAYS + " days");
    }
    store.setPeriod(
        administrator.regionId(), kind, days, administrator.username(), clock.instant());
    audit.record(
        AuditRecord.success(
            AuditAction.UPDATE,
            "retention_period",
            administrator.regionId() + ":" + kind.name(),
            "retention period changed"));
    return periods();
  }

  /** Whether a region may set this period: a day at least, {@value #MAX_DAYS} days at most. */
  public static boolean allowed(int days) {
    return days >= 1 && days <= MAX_DAYS;
  }

  /**
   * Several periods at once, as the administrator's page saves its form: all or none (a refusal of
   * one rolls back those set before it), each audited as {@link #setPeriod} does.
   */
  public List<Period> setPeriods(Map<RetentionKind, Integer> days) {
    days.forEach(this::setPeriod);
    return periods();
  }

  /** What a run now would remove in the region (and of what belongs to no region). */
  public List<Expired> dryRun() {
    long region = admin.regionId();
    return store.expired(clock.instant()).stream()
        .filter(e -> e.regionId() == null || e.regionId() == region)
        .toList();
  }

  /** The region's log, newest first. */
  public List<RetentionRecord> log(int max) {
    return store.logOf(admin.regionId(), Math.max(1, Math.min(max, 1000)));
  }
}
