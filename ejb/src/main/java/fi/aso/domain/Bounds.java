package fi.aso.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Sensible bounds on the dates people type: a year 1 due date, a birth date in 9999 or a consent
 * valid until year 100000 is a typing error, refused with the rule's code before anything changes.
 */
public final class Bounds {

  /** The earliest birth date the platform takes (older is a typing error). */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /**
   * The earliest and latest dates a search may name: beyond them a date is a typing error (and
   * beyond what the database's timestamps hold).
   */
  public static final LocalDate EARLIEST_SEARCH = LocalDate.of(1900, 1, 1);

  public static final LocalDate LATEST_SEARCH = LocalDate.of(2200, 1, 1);

  private Bounds() {}

  /** {@code at} lies on or after {@code earliest} and on or before {@code latest}. */
  public static Instant between(
      Instant at, Instant earliest, Instant latest, String code, String what) {
    if (at != null && (at.isBefore(earliest) || at.isAfter(latest))) {
      LocalDate from = earliest.atOffset(ZoneOffset.UTC).toLocalDate();
      LocalDate to = latest.atOffset(ZoneOffset.UTC).toLocalDate();
      throw new Refusal(code, what + " must be between " + from + " and " + to, from, to);
    }
    return at;
  }

  /** A search from {@code from} to {@code to}: both within the years a search may name. */
  public static void search(LocalDate from, LocalDate to) {
    between(from, EARLIEST_SEARCH, LATEST_SEARCH, "calendar.range", "the range");
    between(to, EARLIEST_SEARCH, LATEST_SEARCH, "calendar.range", "the range");
  }

  /** The same for instants. */
  public static void search(Instant from, Instant to) {
    Instant earliest = EARLIEST_SEARCH.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant latest = LATEST_SEARCH.atStartOfDay(ZoneOffset.UTC).toInstant();
    between(from, earliest, latest, "calendar.range", "the range");
    between(to, earliest, latest, "calendar.range", "the range");
  }

  /** {@code date} lies on or after {@code earliest} and on or before {@code latest}. */
  public static LocalDate between(
      LocalDate date, LocalDate earliest, LocalDate latest, String code, String what) {
    if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
      throw new Refusal(
          code, what + " must be between " + earliest + " and " + latest, earliest, latest);
    }
    return date;
  }

  /** A birth date: in the past and not before {@link #EARLIEST_BIRTH}. */
  public static LocalDate birth(LocalDate date, LocalDate today) {
    return between(date, EARLIEST_BIRTH, today.minusDays(1), "case.birthDate", "the date of birth");
  }
}
