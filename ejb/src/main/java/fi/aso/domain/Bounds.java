package fi.aso.domain;

import java.time.LocalDate;

/**
 * Sensible bounds on the dates people type: a year 1 due date, a birth date in 9999 or a consent
 * valid until year 100000 is a typing error, refused with the rule's code before anything changes.
 */
public final class Bounds {

  /** The earliest birth date the platform takes (older is a typing error). */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private Bounds() {}

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
