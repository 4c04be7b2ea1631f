package fi.aso.domain.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** How the period is cut: by month, quarter or year. */
public enum Granularity {
  MONTH,
  QUARTER,
  YEAR;

  /** One cut of the period: its label ("2026-03", "2026-Q1", "2026") and its days. */
  public record Period(String label, LocalDate first, LocalDate last) {
    public boolean contains(LocalDate day) {
      return !day.isBefore(first) && !day.isAfter(last);
    }
  }

  /** The periods covering {@code from}..{@code to} (whole months), first to last. */
  public List<Period> periods(YearMonth from, YearMonth to) {
    List<Period> periods = new ArrayList<>();
    YearMonth start = start(from);
    while (!start.isAfter(to)) {
      YearMonth end = start.plusMonths(months() - 1);
      periods.add(new Period(label(start), start.atDay(1), end.atEndOfMonth()));
      start = end.plusMonths(1);
    }
    return periods;
  }

  private int months() {
    return switch (this) {
      case MONTH -> 1;
      case QUARTER -> 3;
      case YEAR -> 12;
    };
  }

  private YearMonth start(YearMonth month) {
    return switch (this) {
      case MONTH -> month;
      case QUARTER -> YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
      case YEAR -> YearMonth.of(month.getYear(), 1);
    };
  }

  private String label(YearMonth start) {
    return switch (this) {
      case MONTH -> start.toString();
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
    };
  }
}
