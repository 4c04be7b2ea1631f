package fi.aso.infrastructure.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.zone.ZoneRulesException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VFreeBusy;
import net.fortuna.ical4j.model.parameter.FbType;
import net.fortuna.ical4j.model.property.FreeBusy;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.threeten.extra.Interval;

/**
 * Reads the busy times out of a partner's calendar export (RFC 5545): the FREEBUSY periods of
 * VFREEBUSY components and the events of an ordinary calendar feed, as published by Outlook, Google
 * Calendar and most municipal systems.
 *
 * <p>Counted as busy: FREEBUSY periods of every type except FREE, and events unless they are
 * TRANSP:TRANSPARENT ("show as free") or STATUS:CANCELLED. Recurring events are expanded within the
 * window, with their EXDATEs and with moved or cancelled single meetings (RECURRENCE-ID) taking the
 * place of the regular one. All-day events make the whole day busy, and floating times (no zone)
 * are read, in the given default zone.
 *
 * <p>The feed comes from outside, so the input is capped at {@link #MAX_CHARS} and the result at
 * {@link #MAX_INTERVALS}, events repeating more often than hourly are refused, and every failure is
 * a {@link FeedProblem} whose reason never quotes the feed. Stateless and thread-safe.
 */
public class FreeBusyParser {

  /** Largest feed read: a year of a busy person's calendar is well under 1 MB. */
  public static final int MAX_CHARS = 2 * 1024 * 1024;

  /** Most busy intervals (before merging) taken from one feed within the window. */
  public static final int MAX_INTERVALS = 10_000;

  /**
   * RFC 5545 allows a leading '/' for globally unique zone ids ({@code TZID=/Europe/Helsinki}, as
   * written by biweekly and some servers); ical4j 4.2.3 refuses such ids, so the prefix is dropped
   * from both TZID parameters and VTIMEZONE TZID properties, which keeps them matching.
   */
  private static final Pattern GLOBAL_TZID = Pattern.compile("(?im)((?:;|^)TZID[=:]\"?)/");

  /**
   * The busy intervals of the feed that fall within {@code [from, to)}, clipped to it, sorted and
   * merged (see {@link BusyInterval#merge}).
   *
   * @param defaultZone the zone of floating times and all-day dates: the partner's own zone,
   *     normally the region's
   * @throws FeedProblem if the text is too large, not iCalendar, malformed, or has events that
   *     cannot be placed in time (e.g. an unknown time zone)
   */
  public List<BusyInterval> parse(String icsText, Instant from, Instant to, ZoneId defaultZone)
      throws FeedProblem {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(defaultZone, "defaultZone");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the window must end after it starts");
    }
    Calendar calendar = read(icsText);
    Window window = new Window(from, to, defaultZone);
    try {
      for (VFreeBusy freeBusy : calendar.<VFreeBusy>getComponents(Component.VFREEBUSY)) {
        addFreeBusy(freeBusy, window);
      }
      addEvents(calendar.getComponents(Component.VEVENT), window);
    } catch (ZoneRulesException e) {
      throw new FeedProblem("the feed uses an unknown time zone");
    } catch (RuntimeException e) {
      throw new FeedProblem("the feed has an unreadable date, time or period");
    }
    return BusyInterval.merge(window.busy);
  }

  private static Calendar read(String icsText) throws FeedProblem {
    if (icsText == null || icsText.isBlank()) {
      throw new FeedProblem("the feed is empty");
    }
    if (icsText.length() > MAX_CHARS) {
      throw new FeedProblem("the feed is larger than 2 MB");
    }
    String text = icsText.startsWith("\uFEFF") ? icsText.substring(1) : icsText;
    if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
      throw new FeedProblem("not an iCalendar file");
    }
    try {
      return new CalendarBuilder()
          .build(new StringReader(GLOBAL_TZID.matcher(text).replaceAll("$1")));
    } catch (ParserException e) {
      throw new FeedProblem(
          "malformed iCalendar" + (e.getLineNo() > 0 ? " at line " + e.getLineNo() : ""));
    } catch (IOException | RuntimeException e) {
      throw new FeedProblem("malformed iCalendar");
    }
  }

  private static void addFreeBusy(VFreeBusy component, Window window) throws FeedProblem {
    for (FreeBusy periods : component.<FreeBusy>getProperties(Property.FREEBUSY)) {
      Optional<FbType> type = periods.getParameter(Parameter.FBTYPE);
      if (type.isPresent() && type.get().getValue().equalsIgnoreCase(FbType.FREE.getValue())) {
        continue;
      }
      for (Interval interval : periods.getIntervals()) {
        window.add(interval.getStart(), interval.getEnd());
      }
    }
  }

  private static void addEvents(List<VEvent> events, Window window) throws FeedProblem {
    Map<String, Set<Instant>> moved = movedInstances(events, window.zone);
    for (VEvent event : events) {
      if (!blocksTime(event) || event.getStartDate().isEmpty()) {
        continue;
      }
      refuseTooFrequent(event);
      Set<Instant> replaced =
          event.getProperty(Property.RECURRENCE_ID).isPresent()
              ? Set.of()
              : moved.getOrDefault(uid(event), Set.of());
      Temporal first = event.getStartDate().get().getDate();
      Set<Period<Temporal>> instances = event.calculateRecurrenceSet(window.matching(first));
      for (Period<Temporal> instance : instances) {
        Instant start = instant(instance.getStart(), window.zone);
        if (!replaced.contains(start)) {
          window.add(start, instant(instance.getEnd(), window.zone));
        }
      }
    }
  }

  /**
   * By UID, the regular instances that a separate VEVENT with RECURRENCE-ID replaces (moved or
   * cancelled), so that the regular one is not also counted as busy.
   */
  private static Map<String, Set<Instant>> movedInstances(List<VEvent> events, ZoneId zone) {
    Map<String, Set<Instant>> moved = new HashMap<>();
    for (VEvent event : events) {
      Optional<RecurrenceId<Temporal>> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
      recurrenceId.ifPresent(
          id ->
              moved
                  .computeIfAbsent(uid(event), u -> new HashSet<>())
                  .add(instant(id.getDate(), zone)));
    }
    return moved;
  }

  private static boolean blocksTime(VEvent event) {
    return !hasValue(event, Property.TRANSP, "TRANSPARENT")
        && !hasValue(event, Property.STATUS, "CANCELLED");
  }

  private static boolean hasValue(VEvent event, String property, String value) {
    Optional<Property> found = event.getProperty(property);
    return found.isPresent() && found.get().getValue().strip().equalsIgnoreCase(value);
  }

  /** A rule repeating every second or minute would expand to millions of intervals. */
  private static void refuseTooFrequent(VEvent event) throws FeedProblem {
    for (RRule<Temporal> rule : event.<RRule<Temporal>>getProperties(Property.RRULE)) {
      Frequency frequency = rule.getRecur().getFrequency();
      if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY) {
        throw new FeedProblem("an event in the feed repeats more often than hourly");
      }
    }
  }

  private static String uid(VEvent event) {
    return event.getUid().map(Uid::getValue).orElse("");
  }

  /**
   * The instant of a feed time. ical4j gives zoned times for TZID (with zone ids of its own, so
   * only instants compare), offset times for UTC, local date-times for floating times and dates for
   * all-day values; the last two are placed in the default zone.
   */
  private static Instant instant(Temporal time, ZoneId zone) {
    if (time instanceof Instant instant) {
      return instant;
    }
    if (time instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (time instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (time instanceof LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }
    if (time instanceof LocalDate date) {
      return date.atStartOfDay(zone).toInstant();
    }
    throw new DateTimeException("unsupported time value");
  }

  /** The requested window, and the busy intervals found in it so far. */
  private static final class Window {

    final Instant from;
    final Instant to;
    final ZoneId zone;
    final List<BusyInterval> busy = new ArrayList<>();

    Window(Instant from, Instant to, ZoneId zone) {
      this.from = from;
      this.to = to;
      this.zone = zone;
    }

    /** Keeps the part of an interval inside the window, if any. */
    void add(Instant start, Instant end) throws FeedProblem {
      Instant clippedStart = start.isBefore(from) ? from : start;
      Instant clippedEnd = end.isAfter(to) ? to : end;
      if (!clippedEnd.isAfter(clippedStart)) {
        return;
      }
      if (busy.size() == MAX_INTERVALS) {
        throw new FeedProblem(
            "the feed has more than " + MAX_INTERVALS + " busy times in the period");
      }
      busy.add(new BusyInterval(clippedStart, clippedEnd));
    }

    /**
     * The window in the same kind of time as an event's DTSTART: ical4j compares unlike kinds (an
     * instant with a zoned time, a zoned time with a floating one) by throwing. All-day windows
     * cover every date the window touches; {@link #add} clips the rest.
     */
    Period<? extends Temporal> matching(Temporal first) {
      if (first instanceof ZonedDateTime zoned) {
        return new Period<>(from.atZone(zoned.getZone()), to.atZone(zoned.getZone()));
      }
      if (first instanceof OffsetDateTime offset) {
        return new Period<>(from.atOffset(offset.getOffset()), to.atOffset(offset.getOffset()));
      }
      if (first instanceof LocalDateTime) {
        return new Period<>(LocalDateTime.ofInstant(from, zone), LocalDateTime.ofInstant(to, zone));
      }
      if (first instanceof LocalDate) {
        return new Period<>(
            LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone).plusDays(1));
      }
      return new Period<>(from, to);
    }
  }
}
