package fi.aso.application.search;

import fi.aso.domain.Bounds;
import fi.aso.domain.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period a list is narrowed to, whole days, either end open ({@code null}); the days are the
 * region's. A reversed period or a date beyond what a search may name is refused.
 */
public record DateRange(LocalDate from, LocalDate to) {

  public static final DateRange ANY = new DateRange(null, null);

  public DateRange {
    Bounds.search(from, to);
    if (from != null && to != null && to.isBefore(from)) {
      throw new Refusal("search.period", "the period ends before it starts");
    }
  }

  /** Whether the day lies in the period. */
  public boolean contains(LocalDate day) {
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** Whether the moment falls on a day of the period in the zone. */
  public boolean contains(Instant at, ZoneId zone) {
    return at != null && contains(at.atZone(zone).toLocalDate());
  }

  /** The period's first moment in the zone, or {@code null} when it has no start. */
  public Instant start(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The moment after the period's last day in the zone, or {@code null} when it has no end. */
  public Instant end(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
