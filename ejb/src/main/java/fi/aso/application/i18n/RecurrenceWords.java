package fi.aso.application.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meeting series' rule in words, as a chair says it: {@code FREQ=MONTHLY;BYDAY=2TU} is "joka
 * kuukauden toinen tiistai", "den andra tisdagen i varje månad", "the second Tuesday of every
 * month". The rules chairs make (the page's "the n-th weekday of the month", every n weeks on some
 * days, every n days or months on a date, with a count or a last day) have words; any other rule a
 * chair typed has none, and the page shows the rule itself, as typed, marked as code.
 *
 * <p>Reads the normal form {@code fi.aso.domain.meeting.MeetingRecurrence} stores (upper case,
 * UNTIL in UTC).
 */
public final class RecurrenceWords {

  private static final String BUNDLE = "fi.aso.i18n.messages";
  private static final Pattern NTH_WEEKDAY = Pattern.compile("(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)");
  private static final Pattern WEEKDAY = Pattern.compile("MO|TU|WE|TH|FR|SA|SU");
  private static final Pattern MONTH_DAY = Pattern.compile("[1-9]|[12]\\d|3[01]");
  private static final Set<String> SPOKEN = Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY");
  private static final DateTimeFormatter UTC_UNTIL =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssX");

  private final ResourceBundle texts;
  private final Locale locale;
  private final Dates dates;

  private RecurrenceWords(Locale locale) {
    this.dates = Dates.in(locale);
    this.locale = dates.locale();
    this.texts = ResourceBundle.getBundle(BUNDLE, this.locale);
  }

  /** Words in this locale's language (Finnish for any language but Swedish and English). */
  public static RecurrenceWords in(Locale locale) {
    return new RecurrenceWords(locale);
  }

  /**
   * The rule in words, or empty when the rule is not one of those with words.
   *
   * @param firstDate the series' first date: a weekly rule without days meets on its weekday, a
   *     monthly one without a day on its day of the month
   */
  public Optional<String> describe(String rrule, LocalDate firstDate) {
    if (rrule == null || rrule.isBlank() || firstDate == null) {
      return Optional.empty();
    }
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : rrule.strip().split(";")) {
      String[] nameValue = part.split("=", 2);
      if (nameValue.length != 2) {
        return Optional.empty();
      }
      parts.put(nameValue[0], nameValue[1]);
    }
    parts.remove("WKST"); // the first day of the week changes nothing in these rules
    String count = parts.remove("COUNT");
    String until = parts.remove("UNTIL");
    if (!SPOKEN.containsAll(parts.keySet())) {
      return Optional.empty();
    }
    int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
    Optional<String> words =
        switch (parts.getOrDefault("FREQ", "")) {
          case "DAILY" -> daily(parts, interval);
          case "WEEKLY" -> weekly(parts, interval, firstDate);
          case "MONTHLY" -> monthly(parts, interval, firstDate);
          default -> Optional.empty();
        };
    return words.flatMap(w -> withEnd(w, count, until));
  }

  private Optional<String> daily(Map<String, String> parts, int interval) {
    if (parts.containsKey("BYDAY") || parts.containsKey("BYMONTHDAY")) {
      return Optional.empty();
    }
    return Optional.of(format("recurrence.daily", interval));
  }

  private Optional<String> weekly(Map<String, String> parts, int interval, LocalDate firstDate) {
    if (parts.containsKey("BYMONTHDAY")) {
      return Optional.empty();
    }
    List<String> days = new ArrayList<>();
    String byDay = parts.get("BYDAY");
    if (byDay == null) {
      days.add(text("recurrence.days." + code(firstDate)));
    } else {
      for (String day : byDay.split(",")) {
        if (!WEEKDAY.matcher(day).matches()) {
          return Optional.empty();
        }
        days.add(text("recurrence.days." + day));
      }
    }
    return Optional.of(format("recurrence.weekly", interval, joined(days)));
  }

  private Optional<String> monthly(Map<String, String> parts, int interval, LocalDate firstDate) {
    String byDay = parts.get("BYDAY");
    String byMonthDay = parts.get("BYMONTHDAY");
    if (byDay != null && byMonthDay == null) {
      Matcher nth = NTH_WEEKDAY.matcher(byDay);
      if (!nth.matches()) {
        return Optional.empty();
      }
      String ordinal = nth.group(1).equals("-1") ? "last" : nth.group(1);
      return Optional.of(
          format(
              "recurrence.monthly",
              text("meetings.series.ordinal." + ordinal),
              text("recurrence.day." + nth.group(2)),
              interval));
    }
    if (byDay == null) {
      String day = byMonthDay == null ? String.valueOf(firstDate.getDayOfMonth()) : byMonthDay;
      if (!MONTH_DAY.matcher(day).matches()) {
        return Optional.empty();
      }
      return Optional.of(format("recurrence.monthlyOnDate", Integer.parseInt(day), interval));
    }
    return Optional.empty();
  }

  private Optional<String> withEnd(String words, String count, String until) {
    if (count != null) {
      return Optional.of(format("recurrence.count", words, Integer.parseInt(count)));
    }
    if (until == null) {
      return Optional.of(words);
    }
    try {
      LocalDate lastDay =
          until.length() == 8
              ? LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE)
              : Instant.from(UTC_UNTIL.parse(until)).atZone(Dates.ZONE).toLocalDate();
      return Optional.of(format("recurrence.until", words, dates.date(lastDay)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String code(LocalDate date) {
    return date.getDayOfWeek()
        .getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        .substring(0, 2)
        .toUpperCase(Locale.ROOT);
  }

  /** "maanantaisin, keskiviikkoisin ja perjantaisin". */
  private String joined(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + text("recurrence.and")
        + " "
        + items.get(items.size() - 1);
  }

  private String text(String key) {
    return texts.getString(key);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text(key), locale).format(arguments);
  }
}
