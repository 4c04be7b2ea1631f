package fi.aso.application.invitation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Comment;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar (iMIP, RFC 6047) text of an invitation, update or cancellation, written with
 * ical4j: METHOD REQUEST or CANCEL, the invitation's stable UID and current SEQUENCE, times in
 * Europe/Helsinki with a compact VTIMEZONE ({@link CompactTimeZone}), the platform's inbox as
 * ORGANIZER, the invitee as ATTENDEE with the answer the platform has (PARTSTAT; RSVP=TRUE while
 * none is given: a new time resets it), the invitee's personal join link as an RFC 7986 CONFERENCE
 * (so that calendars show a Join button) and a reminder 30 minutes before. The description is the
 * calendar's own: it has no accept/decline links, which belong to the mail only, because a calendar
 * entry spreads to shared and delegated calendars. ical4j escapes text values, lines are folded
 * here by octets, so nothing a user typed can end a property or add one; quotes and control
 * characters are also taken out of names, which iCalendar parameters cannot carry.
 */
public final class IcsInvitations {

  /** What an invitation says; no client names, only the case reference and a link. */
  public record Event(
      String uid,
      int sequence,
      boolean cancel,
      Instant start,
      Instant end,
      String summary,
      String place,
      String description,
      String link,
      String joinLink,
      String joinLabel,
      String organizerEmail,
      String organizerName,
      String attendeeEmail,
      String attendeeName,
      String partStat,
      Instant stamp) {

    /** An event whose attendee has not answered (PARTSTAT=NEEDS-ACTION, RSVP=TRUE). */
    public Event(
        String uid,
        int sequence,
        boolean cancel,
        Instant start,
        Instant end,
        String summary,
        String place,
        String description,
        String link,
        String joinLink,
        String joinLabel,
        String organizerEmail,
        String organizerName,
        String attendeeEmail,
        String attendeeName,
        Instant stamp) {
      this(
          uid,
          sequence,
          cancel,
          start,
          end,
          summary,
          place,
          description,
          link,
          joinLink,
          joinLabel,
          organizerEmail,
          organizerName,
          attendeeEmail,
          attendeeName,
          "NEEDS-ACTION",
          stamp);
    }
  }

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private IcsInvitations() {}

  /** What a calendar this class wrote tells its reader: the time, the place and the version. */
  public record Told(Instant start, Instant end, String place, int sequence) {}

  /** Reads back what {@link #write} wrote; empty if the text is not such a calendar. */
  static Optional<Told> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(text));
      Optional<VEvent> found = calendar.getComponent(Component.VEVENT);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      VEvent event = found.get();
      return Optional.of(
          new Told(
              Instant.from(event.getDateTimeStart().getDate()),
              Instant.from(event.getDateTimeEnd().getDate()),
              event.getProperty(Property.LOCATION).map(Property::getValue).orElse(""),
              event
                  .getProperty(Property.SEQUENCE)
                  .map(Property::getValue)
                  .map(Integer::parseInt)
                  .orElse(0)));
    } catch (IOException | ParserException | RuntimeException e) {
      return Optional.empty();
    }
  }

  public static String write(Event e) {
    Calendar calendar =
        calendar(e.cancel() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST, List.of(e));
    calendar.add(event(e, true));
    return text(calendar);
  }

  /**
   * The organizer's "no" to an attendee's proposal of another time (METHOD:DECLINECOUNTER, RFC 5546
   * 3.2.8): the event as it stands (UID, SEQUENCE, the kept time and place) with the attendee and a
   * comment, and nothing a DECLINECOUNTER may not carry (no alarm, no RSVP or PARTSTAT).
   */
  public static String declineCounter(Event e, String comment) {
    Calendar calendar = calendar(ImmutableMethod.DECLINE_COUNTER, List.of(e));
    VEvent event =
        new VEvent(e.start().atZone(HELSINKI), e.end().atZone(HELSINKI), oneLine(e.summary()));
    event.replace(new DtStamp(e.stamp()));
    event.add(new Uid(e.uid()));
    event.add(new Sequence(e.sequence()));
    event.add(new Location(oneLine(e.place())));
    event.add(new Comment(text(comment)));
    Organizer organizer = new Organizer(URI.create("mailto:" + e.organizerEmail()));
    organizer.add(new Cn(parameterText(e.organizerName())));
    event.add(organizer);
    Attendee attendee = new Attendee(URI.create("mailto:" + e.attendeeEmail()));
    attendee.add(new Cn(parameterText(e.attendeeName())));
    event.add(attendee);
    calendar.add(event);
    return text(calendar);
  }

  /**
   * A personal calendar feed (METHOD:PUBLISH): the person's upcoming slots as plain events under
   * their invitations' UIDs, so a calendar that also got the invitations shows each slot once.
   */
  public static String feed(List<Event> events) {
    Calendar calendar = calendar(ImmutableMethod.PUBLISH, events);
    events.forEach(e -> calendar.add(event(e, false)));
    return text(calendar);
  }

  private static Calendar calendar(Method method, List<Event> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//ASO//ASO platform//FI"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    if (!events.isEmpty()) {
      Instant first = events.stream().map(Event::start).min(Instant::compareTo).orElseThrow();
      Instant last = events.stream().map(Event::end).max(Instant::compareTo).orElseThrow();
      calendar.add(CompactTimeZone.of(HELSINKI, first, last));
    }
    return calendar;
  }

  private static String text(Calendar calendar) {
    StringWriter text = new StringWriter();
    try {
      // ical4j folds at 75 characters whatever length it is given (it caps it at 75), but RFC 5545
      // counts octets: "–" or "ä" are more than one. Its folds are undone and the lines folded
      // again here by octets; folded twice, a line broke in odd places, and a character outside
      // the Basic Multilingual Plane could be cut between its two UTF-16 halves
      new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, text);
    } catch (IOException e) {
      throw new IllegalStateException("the calendar could not be written", e);
    }
    return fold(text.toString().replace("\r\n ", ""));
  }

  /** Content lines longer than 75 octets (UTF-8) split, a code point never cut (RFC 5545 3.1). */
  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
    String[] lines = unfolded.split("\r\n", -1);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Length(codePoint);
        if (octets + size > 75) {
          // a continuation line starts with one space, which counts
          folded.append("\r\n ");
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      if (l < lines.length - 1) {
        folded.append("\r\n");
      }
    }
    return folded.toString();
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }

  private static VEvent event(Event e, boolean scheduling) {
    ZonedDateTime start = e.start().atZone(HELSINKI);
    ZonedDateTime end = e.end().atZone(HELSINKI);
    VEvent event = new VEvent(start, end, oneLine(e.summary()));
    event.replace(new DtStamp(e.stamp()));
    event.add(new Uid(e.uid()));
    event.add(new Sequence(e.sequence()));
    event.add(new Location(oneLine(e.place())));
    event.add(new Description(text(e.description())));
    event.add(new Url(URI.create(e.link())));
    if (e.joinLink() != null && !e.cancel()) {
      // RFC 7986: calendars that know it show a Join button with the label
      Conference conference = new Conference(URI.create(e.joinLink()).toString());
      conference.add(Value.URI);
      conference.add(Feature.VIDEO);
      conference.add(new Label(parameterText(e.joinLabel())));
      event.add(conference);
    }
    if (e.cancel()) {
      event.add(new Status(Status.VALUE_CANCELLED));
    }
    Organizer organizer = new Organizer(URI.create("mailto:" + e.organizerEmail()));
    organizer.add(new Cn(parameterText(e.organizerName())));
    event.add(organizer);
    if (scheduling) {
      Attendee attendee = new Attendee(URI.create("mailto:" + e.attendeeEmail()));
      attendee.add(new Cn(parameterText(e.attendeeName())));
      attendee.add(Role.REQ_PARTICIPANT);
      // RSVP only while an answer is wanted: a new place keeps the answer given for this time
      boolean unanswered = "NEEDS-ACTION".equals(e.partStat());
      attendee.add(new PartStat(e.partStat()));
      attendee.add(e.cancel() || !unanswered ? Rsvp.FALSE : Rsvp.TRUE);
      event.add(attendee);
    }
    if (!e.cancel()) {
      VAlarm alarm = new VAlarm(Duration.ofMinutes(-30));
      alarm.add(new Action(Action.VALUE_DISPLAY));
      alarm.add(new Description(oneLine(e.summary())));
      event.add(alarm);
    }
    return event;
  }

  /**
   * Multi-line text (DESCRIPTION): every line break becomes one "\n" escape. ical4j escapes LF and
   * CRLF but passes a lone CR through, which mail transport turns into a line break of its own.
   */
  static String text(String text) {
    return text == null
        ? ""
        : text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", " ");
  }

  /** Single-line text (SUMMARY, LOCATION): line breaks become spaces. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
  }

  /** Parameter values (CN) cannot contain quotes or control characters at all. */
  static String parameterText(String text) {
    return oneLine(text).replace('"', '\'');
  }
}
