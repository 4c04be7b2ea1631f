package fi.aso.application.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date or a time as a person types it into a field, or as an address or a script gives it.
 *
 * <p>A date: {@code 16.12.2026} (also {@code 1.2.2026}, {@code 01.02.2026}, spaces around the dots
 * forgiven) or the ISO form {@code 2026-12-16}. A two-digit year ({@code 16.12.26}) is refused: in
 * a date of birth {@code 56} could be 1956 or 2056, and a wrong guess is worse than asking for the
 * four digits. A day that does not exist ({@code 31.2.2026}) is refused, not rolled over.
 *
 * <p>A time: {@code 9.40}, {@code 09.40}, {@code 9:40}, {@code 09:40}, or a bare hour {@code 9}.
 */
public final class DateInput {

  private static final Pattern FINNISH_DATE =
      Pattern.compile("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})\\.?");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?");

  private DateInput() {}

  /** The date typed, or empty when it is not one of the accepted forms or no such day exists. */
  public static Optional<LocalDate> date(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String value = typed.strip();
    Matcher finnish = FINNISH_DATE.matcher(value);
    if (finnish.matches()) {
      return date(finnish.group(3), finnish.group(2), finnish.group(1));
    }
    Matcher iso = ISO_DATE.matcher(value);
    if (iso.matches()) {
      return date(iso.group(1), iso.group(2), iso.group(3));
    }
    return Optional.empty();
  }

  /** The time typed, or empty when it is not one of the accepted forms or no such time exists. */
  public static Optional<LocalTime> time(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    Matcher time = TIME.matcher(typed.strip());
    if (!time.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalTime.of(
              Integer.parseInt(time.group(1)),
              time.group(2) == null ? 0 : Integer.parseInt(time.group(2))));
    } catch (DateTimeException noSuchTime) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException noSuchDay) {
      return Optional.empty();
    }
  }
}
