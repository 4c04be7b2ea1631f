package fi.aso.application.audit;

import fi.aso.application.i18n.Dates;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The access report's words in one of the platform's languages (Finnish, Swedish, English; anything
 * else is Finnish), from the same message bundles as the pages.
 */
public final class AccessReportWords {

  public static final ZoneId FINLAND = Dates.ZONE;

  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

  private final Locale locale;
  private final ResourceBundle bundle;

  public AccessReportWords(Locale locale) {
    this.locale =
        locale != null && LANGUAGES.contains(locale.getLanguage())
            ? Locale.of(locale.getLanguage())
            : Locale.of("fi");
    this.bundle = ResourceBundle.getBundle("fi.aso.i18n.messages", this.locale);
  }

  /** A language as a request names it ("sv"); anything unknown or absent is Finnish. */
  public static AccessReportWords in(String language) {
    return new AccessReportWords(language == null ? null : Locale.of(language.strip()));
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key) {
    return bundle.getString(key);
  }

  public String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  public String date(LocalDate date) {
    return Dates.in(locale).date(date);
  }

  public String dateTime(Instant instant) {
    return Dates.in(locale).dateTime(instant);
  }

  /** "to 3.12.2026 klo 9.15", or the first and last time and how many times. */
  public String when(Instant first, Instant last, int times) {
    if (times == 1) {
      return dateTime(first);
    }
    return dateTime(first).equals(dateTime(last))
        ? text("report.when.times", dateTime(first), times)
        : text("report.when.range", dateTime(first), dateTime(last), times);
  }

  /** The period in words: "1.12.2026–31.12.2026", "from 1.12.2026", "all time". */
  public String period(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return text("report.period.all");
    }
    if (to == null) {
      return text("report.period.from", date(from));
    }
    if (from == null) {
      return text("report.period.until", date(to));
    }
    return date(from) + "–" + date(to);
  }
}
