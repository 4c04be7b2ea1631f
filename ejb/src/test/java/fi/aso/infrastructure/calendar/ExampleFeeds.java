package fi.aso.infrastructure.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VFreeBusy;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.FreeBusyType;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Calendar feeds for the tests: small hand-written ones, and one written by biweekly, an iCalendar
 * library independent of ical4j, as a partner's system might write it.
 */
final class ExampleFeeds {

  /** The busy times of {@link #biweekly}: three Monday meetings (09:00 Helsinki) and a period. */
  static final List<BusyInterval> BIWEEKLY_BUSY =
      List.of(
          busy("2026-03-16T07:00:00Z", "2026-03-16T08:00:00Z"),
          busy("2026-03-17T10:00:00Z", "2026-03-17T12:00:00Z"),
          busy("2026-03-23T07:00:00Z", "2026-03-23T08:00:00Z"),
          busy("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z"));

  private static final TimeZone HELSINKI = TimeZone.getTimeZone("Europe/Helsinki");

  private ExampleFeeds() {}

  /**
   * A weekly 09:00-10:00 meeting from Monday 2026-03-16, three times (the third after the clocks
   * change), written in the given zone; and a VFREEBUSY with one busy and one free period.
   */
  static String biweekly(TimezoneAssignment zone) {
    ICalendar ical = new ICalendar();
    VEvent weekly = new VEvent();
    weekly.setSummary("Weekly team meeting");
    weekly.setDateStart(Date.from(Instant.parse("2026-03-16T07:00:00Z")));
    weekly.setDateEnd(Date.from(Instant.parse("2026-03-16T08:00:00Z")));
    weekly.setRecurrenceRule(new Recurrence.Builder(Frequency.WEEKLY).count(3).build());
    ical.addEvent(weekly);
    ical.getTimezoneInfo().setTimezone(weekly.getDateStart(), zone);
    ical.getTimezoneInfo().setTimezone(weekly.getDateEnd(), zone);
    VFreeBusy freeBusy = new VFreeBusy();
    freeBusy.addFreeBusy(
        FreeBusyType.BUSY_UNAVAILABLE,
        Date.from(Instant.parse("2026-03-17T10:00:00Z")),
        new biweekly.util.Duration.Builder().hours(2).build());
    freeBusy.addFreeBusy(
        FreeBusyType.FREE,
        Date.from(Instant.parse("2026-03-18T10:00:00Z")),
        Date.from(Instant.parse("2026-03-18T11:00:00Z")));
    ical.addFreeBusy(freeBusy);
    return Biweekly.write(ical).go();
  }

  /** Helsinki by its global id: biweekly writes TZID=/Europe/Helsinki and no VTIMEZONE. */
  static TimezoneAssignment globalHelsinki() {
    return new TimezoneAssignment(HELSINKI, "Europe/Helsinki");
  }

  /**
   * Finnish time as Outlook names and defines it in a VTIMEZONE: +02:00, and +03:00 from the last
   * Sunday of March to the last Sunday of October.
   */
  static TimezoneAssignment fleStandardTime() {
    VTimezone zone = new VTimezone("FLE Standard Time");
    StandardTime winter = new StandardTime();
    winter.setDateStart(new DateTimeComponents(1601, 1, 1, 4, 0, 0, false));
    winter.setTimezoneOffsetFrom(new UtcOffset(true, 3, 0));
    winter.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
    winter.setRecurrenceRule(lastSundayOf(10));
    zone.addStandardTime(winter);
    DaylightSavingsTime summer = new DaylightSavingsTime();
    summer.setDateStart(new DateTimeComponents(1601, 1, 1, 3, 0, 0, false));
    summer.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
    summer.setTimezoneOffsetTo(new UtcOffset(true, 3, 0));
    summer.setRecurrenceRule(lastSundayOf(3));
    zone.addDaylightSavingsTime(summer);
    return new TimezoneAssignment(HELSINKI, zone);
  }

  private static Recurrence lastSundayOf(int month) {
    return new Recurrence.Builder(Frequency.YEARLY)
        .byMonth(month)
        .byDay(-1, DayOfWeek.SUNDAY)
        .build();
  }

  static String calendar(String... components) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ASO//test//EN\r\n"
        + String.join("\r\n", components)
        + (components.length == 0 ? "" : "\r\n")
        + "END:VCALENDAR\r\n";
  }

  static String event(String uid, String... properties) {
    return "BEGIN:VEVENT\r\nUID:"
        + uid
        + "\r\nDTSTAMP:20260101T000000Z\r\n"
        + String.join("\r\n", properties)
        + "\r\nEND:VEVENT";
  }

  static BusyInterval busy(String start, String end) {
    return new BusyInterval(Instant.parse(start), Instant.parse(end));
  }
}
