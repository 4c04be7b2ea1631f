package fi.aso.web.faces;

import fi.aso.application.i18n.DateInput;
import fi.aso.application.i18n.Dates;
import fi.aso.application.i18n.RecurrenceWords;
import fi.aso.domain.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Times on pages, in Finnish time and the user's language, written as {@link Dates} writes them
 * everywhere ("ke 16.12.2026 klo 9.40", "ons 16.12.2026 kl. 9.40", "Wed 16 Dec 2026 at 9:40").
 * Pages never format instants themselves, so daylight saving and the browser's own zone do not
 * matter.
 */
@Named("times")
@ApplicationScoped
public class Times {

  public static final ZoneId ZONE = Dates.ZONE;

  @Inject LocaleBean locale;

  private Dates dates() {
    return Dates.in(locale.getLocale());
  }

  /** A date that is no day one goes to (a date of birth): "14.3.1985". */
  public String date(LocalDate date) {
    return dates().date(date);
  }

  /**
   * A date as a search form's date field shows it, "16.12.2026", whichever form the address gave it
   * in; text that is no date is shown as it was typed, for the person to correct.
   */
  public String field(String typed) {
    return typed == null ? "" : DateInput.date(typed).map(Dates::field).orElse(typed);
  }

  /** A named day: "ke 16.12.2026". */
  public String day(LocalDate date) {
    return dates().day(date);
  }

  public String time(Instant at) {
    return dates().time(at);
  }

  /** A clock time of no particular day (a series' start): "9.40". */
  public String clock(LocalTime time) {
    return dates().time(time);
  }

  /** "ke 16.12.2026 klo 9.40". */
  public String dateTime(Instant at) {
    return dates().dateTime(at);
  }

  /** A meeting or a slot with its day: "ke 16.12.2026 klo 9.00–10.30". */
  public String span(Instant start, Instant end) {
    return dates().span(start, end);
  }

  /** Two times of a day already named on the page: "9.00–10.30". */
  public String times(Instant start, Instant end) {
    return dates().times(start, end);
  }

  /**
   * A series' rule in words ("joka kuukauden toinen tiistai"), or empty when the rule has none and
   * the page shows the rule as typed.
   */
  public String recurrence(String rrule, LocalDate firstDate) {
    return RecurrenceWords.in(locale.getLocale()).describe(rrule, firstDate).orElse("");
  }

  /** The local date of an instant, for forms. */
  public static LocalDate localDate(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }

  public static LocalTime localTime(Instant at) {
    return at.atZone(ZONE).toLocalTime();
  }

  /**
   * A local date and time on a page's form as an instant (a gap time moves forward, as
   * ZonedDateTime does).
   */
  public static Instant instant(LocalDate date, LocalTime time) {
    if (date == null || time == null) {
      throw new Refusal("time.required", "give a date and a time");
    }
    return ZonedDateTime.of(date, time, ZONE).toInstant();
  }
}
