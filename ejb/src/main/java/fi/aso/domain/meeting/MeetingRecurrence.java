package fi.aso.domain.meeting;

import fi.aso.domain.Refusal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;

/**
 * When a region's regular meeting series meets: an RFC 5545 recurrence rule (e.g. {@code
 * FREQ=MONTHLY;BYDAY=2TU}, "the second Tuesday of each month") from a first date, at a local start
 * and end time in the region's zone, minus exception dates (EXDATE: holidays, cancelled meetings).
 *
 * <p>An immutable value, not an entity: whoever stores it keeps the six fields and calls {@link
 * #of} again when loading, so a stored series is checked by the same rules as a new one.
 *
 * <p>The times are wall-clock times: a 9:00 meeting is at 9:00 in Helsinki in January (+02:00) and
 * in June (+03:00). Where a local time does not exist or exists twice, the rules of RFC 5545 (3.3.5
 * and 3.8.5.3) apply, which are also what calendar programs do with an exported series:
 *
 * <ul>
 *   <li>a start in the spring-forward gap is moved forward by the length of the gap ({@link
 *       ZonedDateTime#of}: Helsinki 2026-03-29 03:30 becomes 04:30+03:00);
 *   <li>a start in the autumn overlap is the first (summer-time) instant ({@link ZonedDateTime#of}
 *       keeps the earlier offset: 2026-10-25 03:30 is 03:30+03:00);
 *   <li>the end is the start plus the exact length of the meeting ({@code end - start} as local
 *       times), so every meeting lasts as long as planned, even where the wall-clock end would fall
 *       into the gap or the overlap.
 * </ul>
 *
 * <p>Only rules that produce at most one meeting a day are accepted: the time of day comes from the
 * start and end times, so SECONDLY, MINUTELY, HOURLY and BYHOUR/BYMINUTE/BYSECOND are refused. The
 * rule is checked strictly and stored in a normal form (see {@link #rrule()}), so that what is
 * stored can be exported as it is.
 */
public final class MeetingRecurrence {

  /** {@link #between} returns at most this many meetings, so no range can exhaust memory. */
  public static final int MAX_OCCURRENCES = 500;

  /** Longest accepted rule text; real meeting rules are well under 100 characters. */
  public static final int MAX_RULE_LENGTH = 200;

  /** How soon after the first date the rule must produce its first meeting. */
  private static final int FIRST_MEETING_HORIZON_YEARS = 10;

  private static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
  private static final Set<String> TOO_FREQUENT = Set.of("SECONDLY", "MINUTELY", "HOURLY");
  private static final Set<String> TIME_OF_DAY_PARTS = Set.of("BYHOUR", "BYMINUTE", "BYSECOND");
  private static final Set<String> DATE_PARTS =
      Set.of(
          "FREQ",
          "UNTIL",
          "COUNT",
          "INTERVAL",
          "BYDAY",
          "BYMONTHDAY",
          "BYYEARDAY",
          "BYWEEKNO",
          "BYMONTH",
          "BYSETPOS",
          "WKST");
  private static final DateTimeFormatter UTC_UNTIL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Map<String, Pattern> VALUE_FORMS =
      Map.of(
          "UNTIL", Pattern.compile("\\d{8}(T\\d{6}Z)?"),
          "COUNT", Pattern.compile("[1-9]\\d{0,3}"),
          "INTERVAL", Pattern.compile("[1-9]\\d{0,3}"));

  private final String rule;
  private final LocalDate firstDate;
  private final LocalTime start;
  private final LocalTime end;
  private final ZoneId zone;
  private final SortedSet<LocalDate> exceptions;

  private MeetingRecurrence(
      String rule,
      LocalDate firstDate,
      LocalTime start,
      LocalTime end,
      ZoneId zone,
      SortedSet<LocalDate> exceptions) {
    this.rule = rule;
    this.firstDate = firstDate;
    this.start = start;
    this.end = end;
    this.zone = zone;
    this.exceptions = exceptions;
  }

  /**
   * Checks and builds a series.
   *
   * @param rrule the rule without or with the {@code RRULE:} prefix; names and values are
   *     case-insensitive
   * @param firstDate the day the series begins: its first meeting is the first date of the rule on
   *     or after it (so "today" and "the second Tuesday" may be combined), and COUNT counts from
   *     that meeting. Unlike DTSTART in RFC 5545, this date is not a meeting by itself; an export
   *     should use the first meeting as DTSTART.
   * @param exceptions dates on which the series does not meet; dates that are not meeting dates are
   *     kept but have no effect
   * @throws Refusal ({@code meeting.recurrenceRule}) with a message for the administrator if the
   *     rule is not usable or never meets, or the end is not after the start
   */
  public static MeetingRecurrence of(
      String rrule,
      LocalDate firstDate,
      LocalTime start,
      LocalTime end,
      ZoneId zone,
      Set<LocalDate> exceptions) {
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(exceptions, "exceptions");
    if (!end.isAfter(start)) {
      throw new Refusal("series.sameDay", "a meeting must end after it starts (on the same day)");
    }
    String rule = normalise(rrule, zone);
    MeetingRecurrence series =
        new MeetingRecurrence(
            rule,
            firstDate,
            start,
            end,
            zone,
            Collections.unmodifiableSortedSet(new TreeSet<>(exceptions)));
    series.requireAMeeting();
    return series;
  }

  /**
   * The meetings whose date is within the range (both ends included), in order, without exception
   * dates; at most {@link #MAX_OCCURRENCES}, the earliest ones, so a caller showing a long range
   * should page by date.
   */
  public List<Occurrence> between(LocalDate fromInclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromInclusive)) {
      throw new Refusal("meeting.range", "the range ends before it starts");
    }
    LocalDate from = fromInclusive.isAfter(firstDate) ? fromInclusive : firstDate;
    if (toInclusive.isBefore(from)) {
      return List.of();
    }
    // Exceptions are skipped after the rule has run, so ask for enough dates to fill the cap.
    int wanted = MAX_OCCURRENCES + exceptions.size();
    return recur()
        .getDates(
            seed(), from.atStartOfDay(zone), toInclusive.plusDays(1).atStartOfDay(zone), wanted)
        .stream()
        .map(ZonedDateTime::toLocalDate)
        .filter(date -> !date.isBefore(from) && !date.isAfter(toInclusive))
        .filter(date -> !exceptions.contains(date))
        .limit(MAX_OCCURRENCES)
        .map(this::occurrenceOn)
        .toList();
  }

  /**
   * The rule as accepted: upper case, without the {@code RRULE:} prefix, and with an UNTIL date
   * turned into the UTC end of that day in the zone (e.g. {@code UNTIL=20261231} in Helsinki
   * becomes {@code UNTIL=20261231T215959Z}), as RFC 5545 requires for a start with a zone.
   */
  public String rrule() {
    return rule;
  }

  public LocalDate firstDate() {
    return firstDate;
  }

  public LocalTime start() {
    return start;
  }

  public LocalTime end() {
    return end;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The exception dates, sorted and unmodifiable. */
  public SortedSet<LocalDate> exceptions() {
    return exceptions;
  }

  /**
   * One meeting: its date in the rule, and its start and end in the series' zone (see the class
   * comment for days when the clocks change).
   */
  public record Occurrence(LocalDate date, ZonedDateTime start, ZonedDateTime end) {}

  private Occurrence occurrenceOn(LocalDate date) {
    ZonedDateTime begins = ZonedDateTime.of(date, start, zone);
    return new Occurrence(date, begins, begins.plus(Duration.between(start, end)));
  }

  private ZonedDateTime seed() {
    return ZonedDateTime.of(firstDate, start, zone);
  }

  /**
   * A fresh ical4j rule for each use: {@link Recur} is mutable and not documented as thread-safe,
   * and parsing a short rule costs microseconds.
   */
  private Recur<ZonedDateTime> recur() {
    return new Recur<>(rule);
  }

  /** Refuses a rule that never meets (e.g. 30 February, or UNTIL before the first date). */
  private void requireAMeeting() {
    ZonedDateTime seed = seed();
    List<ZonedDateTime> first;
    try {
      first = recur().getDates(seed, seed, seed.plusYears(FIRST_MEETING_HORIZON_YEARS), 1);
    } catch (RuntimeException e) {
      throw rule("the recurrence rule cannot be used: " + rule);
    }
    if (first.isEmpty()) {
      throw rule(
          "the recurrence rule gives no meeting within "
              + FIRST_MEETING_HORIZON_YEARS
              + " years of the first date");
    }
  }

  /**
   * Checks the rule's parts before ical4j sees them: ical4j runs in relaxed mode (for partners'
   * feeds, see {@code ical4j.properties}) and would silently drop parts it does not know, so a
   * mistyped rule would give other dates than the administrator meant.
   */
  private static String normalise(String rrule, ZoneId zone) {
    if (rrule == null || rrule.isBlank()) {
      throw rule("a series needs a recurrence rule");
    }
    if (rrule.length() > MAX_RULE_LENGTH) {
      throw rule("the recurrence rule is longer than " + MAX_RULE_LENGTH + " characters");
    }
    String rule = rrule.strip().toUpperCase(Locale.ROOT);
    if (rule.startsWith("RRULE:")) {
      rule = rule.substring("RRULE:".length());
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : rule.split(";", -1)) {
      int equals = part.indexOf('=');
      if (equals <= 0 || equals == part.length() - 1) {
        throw rule(
            "the recurrence rule must be NAME=VALUE parts separated by ';', e.g."
                + " FREQ=MONTHLY;BYDAY=2TU");
      }
      String name = part.substring(0, equals);
      String value = part.substring(equals + 1);
      checkPart(name, value);
      if (parts.put(name, value) != null) {
        throw rule("the recurrence rule repeats the part " + name);
      }
    }
    if (!parts.containsKey("FREQ")) {
      throw new Refusal(
          "recurrence.freq", "the recurrence rule needs a FREQ part, e.g. FREQ=WEEKLY");
    }
    if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
      throw new Refusal(
          "recurrence.countAndUntil", "the recurrence rule may have COUNT or UNTIL, not both");
    }
    parts.computeIfPresent("UNTIL", (name, until) -> utcUntil(until, zone));
    String normalised =
        parts.entrySet().stream()
            .map(part -> part.getKey() + "=" + part.getValue())
            .collect(Collectors.joining(";"));
    try {
      new Recur<ZonedDateTime>(normalised);
    } catch (RuntimeException e) {
      throw new Refusal("recurrence.invalid", "not a valid recurrence rule (RFC 5545): " + rule);
    }
    return normalised;
  }

  private static void checkPart(String name, String value) {
    if (TIME_OF_DAY_PARTS.contains(name)) {
      throw rule(
          "the recurrence rule must not set the time of day ("
              + name
              + "): the meeting's start and end times do");
    }
    if (!DATE_PARTS.contains(name)) {
      throw rule("unknown part in the recurrence rule: " + name);
    }
    if (name.equals("FREQ") && TOO_FREQUENT.contains(value)) {
      throw rule("meetings cannot repeat " + value + "; use DAILY, WEEKLY, MONTHLY or YEARLY");
    }
    if (name.equals("FREQ") && !FREQUENCIES.contains(value)) {
      throw rule("unknown FREQ " + value + "; use DAILY, WEEKLY, MONTHLY or YEARLY");
    }
    Pattern form = VALUE_FORMS.get(name);
    // ical4j counts a value listed twice (BYDAY=MO,MO) twice, also towards COUNT.
    List<String> values = List.of(value.split(",", -1));
    boolean listOk = !values.contains("") && new HashSet<>(values).size() == values.size();
    if (!listOk || (form != null && !form.matcher(value).matches())) {
      throw rule("the recurrence rule's " + name + " is not valid: " + value);
    }
  }

  /**
   * UNTIL as a date means "up to and including that day" to an administrator, but ical4j reads it
   * as midnight at the start of the day. RFC 5545 wants UNTIL in UTC when the start has a zone, so
   * a date becomes the last second of that day in the series' zone, in UTC.
   */
  private static String utcUntil(String until, ZoneId zone) {
    if (until.length() != 8) {
      return until;
    }
    try {
      LocalDate lastDay = LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE);
      Instant end = lastDay.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
      return UTC_UNTIL.format(end);
    } catch (DateTimeException e) {
      throw rule("the recurrence rule's UNTIL is not a date: " + until);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeetingRecurrence that
        && rule.equals(that.rule)
        && firstDate.equals(that.firstDate)
        && start.equals(that.start)
        && end.equals(that.end)
        && zone.equals(that.zone)
        && exceptions.equals(that.exceptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, firstDate, start, end, zone, exceptions);
  }

  @Override
  public String toString() {
    return "MeetingRecurrence["
        + rule
        + " from "
        + firstDate
        + " "
        + start
        + "-"
        + end
        + " "
        + zone
        + ", except "
        + exceptions
        + "]";
  }

  /** The rule cannot be used, saying why in English (the pages say it in the user's language). */
  private static Refusal rule(String why) {
    return new Refusal("meeting.recurrenceRule", why);
  }
}
