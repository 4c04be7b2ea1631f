package fi.aso.application.audit;

import fi.aso.application.i18n.DateInput;
import fi.aso.domain.Refusal;
import java.time.LocalDate;

/**
 * What part of a client's access report to show: a period ({@code from} and {@code to}, days in
 * Finnish time, both included, either open), one recipient (a person's or an organisation's key as
 * the report lists them, or null for everyone) and a page ({@code page} from 1, {@code limit} 1-100
 * groups).
 */
public record AccessReportQuery(
    LocalDate from, LocalDate to, String recipient, int page, int limit) {

  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  public AccessReportQuery {
    recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
    if (from != null && to != null && from.isAfter(to)) {
      throw new Refusal("accessReport.period", "the period's start is after its end");
    }
    if (page < 1 || limit < 1 || limit > MAX_LIMIT) {
      throw new Refusal(
          "accessReport.page", "page is 1 or more and limit between 1 and " + MAX_LIMIT, MAX_LIMIT);
    }
  }

  /** The whole report, first page. */
  public static AccessReportQuery all() {
    return new AccessReportQuery(null, null, null, 1, DEFAULT_LIMIT);
  }

  /**
   * The query as a request spells it (dates like 2026-12-01, whole numbers; absent: the whole
   * period, everyone, the first page of {@value #DEFAULT_LIMIT}); anything else is refused.
   */
  public static AccessReportQuery of(
      String from, String to, String recipient, String page, String limit) {
    return new AccessReportQuery(
        date(from), date(to), recipient, number(page, 1), number(limit, DEFAULT_LIMIT));
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return DateInput.date(value)
        .orElseThrow(() -> new Refusal("accessReport.date", "a date is like 16.12.2026"));
  }

  private static int number(String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new Refusal(
          "accessReport.page", "page is 1 or more and limit between 1 and " + MAX_LIMIT, MAX_LIMIT);
    }
  }
}
