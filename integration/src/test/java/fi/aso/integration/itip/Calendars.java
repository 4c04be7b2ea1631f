package fi.aso.integration.itip;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.parameter.ParticipationStatus;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A calendar as two independent parsers read it (ical4j and biweekly must read the same), and its
 * text with what changes from run to run (DTSTAMP, UIDs, personal link tokens, the case reference)
 * replaced by placeholders, so that it can be compared with a golden file.
 */
final class Calendars {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Calendars() {}

  /** What the calendar tells, one line, as ical4j reads it. */
  static String byIcal4j(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
    Property attendee = event.getProperty(Property.ATTENDEE).orElseThrow();
    return reading(
        calendar.getProperty(Property.METHOD).orElseThrow().getValue(),
        event.getProperty(Property.UID).orElseThrow().getValue(),
        event.getProperty(Property.SEQUENCE).map(Property::getValue).orElse("0"),
        Instant.from(event.getDateTimeStart().getDate()),
        Instant.from(event.getDateTimeEnd().getDate()),
        event.getProperty(Property.LOCATION).map(Property::getValue).orElse(""),
        event.getProperty(Property.STATUS).map(Property::getValue).orElse("-"),
        attendee.getValue().replaceFirst("(?i)^mailto:", ""),
        attendee.getParameter(Parameter.PARTSTAT).map(Parameter::getValue).orElse("-"),
        attendee.getParameter(Parameter.RSVP).map(Parameter::getValue).orElse("-"),
        event.getProperty("CONFERENCE").isPresent());
  }

  /** What the calendar tells, one line, as biweekly reads it. */
  static String byBiweekly(String ics) {
    ICalendar calendar = Biweekly.parse(ics).first();
    biweekly.component.VEvent event = calendar.getEvents().get(0);
    biweekly.property.Attendee attendee = event.getAttendees().get(0);
    return reading(
        calendar.getMethod().getValue(),
        event.getUid().getValue(),
        String.valueOf(event.getSequence() == null ? 0 : event.getSequence().getValue()),
        event.getDateStart().getValue().toInstant(),
        event.getDateEnd().getValue().toInstant(),
        event.getLocation() == null ? "" : event.getLocation().getValue(),
        event.getStatus() == null ? "-" : event.getStatus().getValue(),
        attendee.getEmail(),
        Optional.ofNullable(attendee.getParticipationStatus())
            .map(ParticipationStatus::getValue)
            .orElse("-"),
        attendee.getRsvp() == null ? "-" : attendee.getRsvp() ? "TRUE" : "FALSE",
        !event.getConferences().isEmpty());
  }

  private static String reading(
      String method,
      String uid,
      String sequence,
      Instant start,
      Instant end,
      String location,
      String status,
      String attendee,
      String partStat,
      String rsvp,
      boolean conference) {
    return method
        + " UID="
        + uid
        + " SEQUENCE="
        + sequence
        + " "
        + LOCAL.format(start.atZone(HELSINKI))
        + "–"
        + LOCAL.format(end.atZone(HELSINKI))
        + " Helsinki LOCATION="
        + location
        + " STATUS="
        + status
        + " ATTENDEE="
        + attendee.toLowerCase(java.util.Locale.ROOT)
        + " PARTSTAT="
        + partStat
        + " RSVP="
        + rsvp
        + " CONFERENCE="
        + (conference ? "yes" : "no");
  }

  /**
   * The text with volatile values as placeholders: folded lines joined, CRLF as LF, DTSTAMP, each
   * UID by whose it is, link tokens, the case reference and its id.
   */
  static String normalised(String text, Map<String, String> uids, String caseReference) {
    String plain =
        text.replace("\r\n ", "")
            .replace("\r\n", "\n")
            .replaceAll("(?m)^DTSTAMP:.*$", "DTSTAMP:<stamp>")
            .replaceAll("/(join|answer)/[^\\s?\"<>\\\\]+", "/$1/<token>")
            .replaceAll("case\\.xhtml\\?id=\\d+", "case.xhtml?id=<case id>");
    for (Map.Entry<String, String> uid : uids.entrySet()) {
      plain = plain.replace(uid.getKey(), uid.getValue());
    }
    return plain.replace(caseReference, "<case>");
  }
}
