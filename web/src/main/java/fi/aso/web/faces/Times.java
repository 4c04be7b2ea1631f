package fi.aso.web.faces;

import fi.aso.domain.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times on pages, in Finnish local time (meetings are in Europe/Helsinki): "ti 8.12.2026 9.00".
 * Pages never format instants themselves, so daylight saving is handled in one place.
 */
@Named("times")
@ApplicationScoped
public class Times {

  public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

  public String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(ZONE));
  }

  /** A calendar date the Finnish way ("26.3.2027"). */
  public String day(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  public String time(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(ZONE));
  }

  public String dateTime(Instant at) {
    return at == null ? "" : date(at) + " " + time(at);
  }

  /** "9.00–10.30" (same day). */
  public String span(Instant start, Instant end) {
    return time(start) + "–" + time(end);
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
