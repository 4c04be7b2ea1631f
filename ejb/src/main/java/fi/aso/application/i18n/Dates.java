package fi.aso.application.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The one way dates and times are written for people, per language, always in Finnish time
 * (Europe/Helsinki: the meetings are held there, whatever zone the server or the reader's browser
 * is in). Pages, mails and PDFs all write through this class, so a page, the invitation and the
 * minutes say a time the same way:
 *
 * <ul>
 *   <li>Finnish: {@code ke 16.12.2026 klo 9.40}
 *   <li>Swedish: {@code ons 16.12.2026 kl. 9.40}
 *   <li>English: {@code Wed 16 Dec 2026 at 9:40}
 * </ul>
 *
 * A named day (a meeting, a due date) has its weekday; a date that is no day one goes to (a date of
 * birth, a report's period) has none. Never seconds. Hours without a leading zero, as Finnish and
 * Swedish write them (the language boards' recommendation: "klo 9.40").
 */
public final class Dates {

  /** Finnish time, the zone of every time the platform shows. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private final Locale locale;
  private final DateTimeFormatter date;
  private final DateTimeFormatter weekday;
  private final DateTimeFormatter time;
  private final String at;

  private Dates(Locale locale) {
    this.locale = locale;
    boolean english = locale.getLanguage().equals("en");
    this.date = DateTimeFormatter.ofPattern(english ? "d MMM yyyy" : "d.M.yyyy", locale);
    this.weekday = DateTimeFormatter.ofPattern("EEE", locale);
    this.time = DateTimeFormatter.ofPattern(english ? "H:mm" : "H.mm", locale);
    this.at =
        switch (locale.getLanguage()) {
          case "sv" -> "kl.";
          case "en" -> "at";
          default -> "klo";
        };
  }

  private static final Dates FINNISH = new Dates(Locale.of("fi"));
  private static final Dates SWEDISH = new Dates(Locale.of("sv"));
  private static final Dates ENGLISH = new Dates(Locale.ENGLISH);

  /**
   * The platform's way for this locale's language; any language but Swedish or English: Finnish.
   */
  public static Dates in(Locale locale) {
    return in(locale == null ? null : locale.getLanguage());
  }

  /** As {@link #in(Locale)}, for a language code ("sv"). */
  public static Dates in(String language) {
    if (language == null || !LANGUAGES.contains(language.strip())) {
      return FINNISH;
    }
    return switch (language.strip()) {
      case "sv" -> SWEDISH;
      case "en" -> ENGLISH;
      default -> FINNISH;
    };
  }

  public Locale locale() {
    return locale;
  }

  /** A date that is no day one goes to: "16.12.2026", "16 Dec 2026". */
  public String date(LocalDate value) {
    return value == null ? "" : date.format(value);
  }

  /** A named day: "ke 16.12.2026", "ons 16.12.2026", "Wed 16 Dec 2026". */
  public String day(LocalDate value) {
    return value == null ? "" : weekday.format(value) + " " + date.format(value);
  }

  /** The day of an instant in Finnish time, as {@link #day(LocalDate)}. */
  public String day(Instant value) {
    return value == null ? "" : day(local(value).toLocalDate());
  }

  /** "9.40", "9:40". */
  public String time(LocalTime value) {
    return value == null ? "" : time.format(value);
  }

  /** The clock time of an instant in Finnish time: "9.40", "9:40". */
  public String time(Instant value) {
    return value == null ? "" : time(local(value).toLocalTime());
  }

  /** "ke 16.12.2026 klo 9.40", "ons 16.12.2026 kl. 9.40", "Wed 16 Dec 2026 at 9:40". */
  public String dateTime(Instant value) {
    return value == null ? "" : day(value) + " " + at + " " + time(value);
  }

  /** "9.40–10.30": two times of one day. */
  public String times(Instant start, Instant end) {
    return time(start) + "–" + time(end);
  }

  /**
   * A meeting or slot: "ke 16.12.2026 klo 9.40–10.30"; one ending on another day says both days
   * ("... klo 23.00–to 17.12.2026 klo 1.00").
   */
  public String span(Instant start, Instant end) {
    if (start == null || end == null) {
      return dateTime(start == null ? end : start);
    }
    return local(start).toLocalDate().equals(local(end).toLocalDate())
        ? dateTime(start) + "–" + time(end)
        : dateTime(start) + "–" + dateTime(end);
  }

  /** A date as a date field shows it and {@link DateInput} reads it back: "16.12.2026". */
  public static String field(LocalDate value) {
    return value == null ? "" : FINNISH.date.format(value);
  }

  /** A time as a time field shows it and {@link DateInput} reads it back: "9.40" or "9:40". */
  public String field(LocalTime value) {
    return time(value);
  }

  /** The local date and time of an instant in Finnish time. */
  public static ZonedDateTime local(Instant value) {
    return value.atZone(ZONE);
  }
}
