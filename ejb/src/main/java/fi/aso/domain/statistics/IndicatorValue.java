package fi.aso.domain.statistics;

/**
 * One number of an indicator in one period: the whole ({@code breakdown} TOTAL) or a part of it
 * ({@code breakdown} and {@code detail}, e.g. GIVEN and PAPER, or ATTENDED and an organisation's
 * id). {@code value} is the count, the median of days or the share in per cent; {@code count} how
 * many facts it counts (the cases of a median, the numerator of a share) and {@code base} the
 * denominator of a share. A suppressed value has neither value nor counts.
 */
public record IndicatorValue(
    String breakdown,
    String detail,
    Double value,
    Integer count,
    Integer base,
    boolean suppressed) {

  public static final String TOTAL = "TOTAL";

  /** Counts under this are hidden in views across regions (issue 17: small counts). */
  public static final int SMALLEST_SHOWN = 5;

  static IndicatorValue count(String breakdown, String detail, long count) {
    return new IndicatorValue(breakdown, detail, (double) count, (int) count, null, false);
  }

  static IndicatorValue share(String breakdown, String detail, long count, long base) {
    Double value = base == 0 ? null : Math.round(1000.0 * count / base) / 10.0;
    return new IndicatorValue(breakdown, detail, value, (int) count, (int) base, false);
  }

  static IndicatorValue median(String breakdown, java.util.List<Integer> days) {
    java.util.List<Integer> sorted = days.stream().sorted().toList();
    int n = sorted.size();
    Double value =
        n == 0
            ? null
            : n % 2 == 1
                ? (double) sorted.get(n / 2)
                : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return new IndicatorValue(breakdown, null, value, n, null, false);
  }

  /**
   * The value as a view across regions shows it: hidden if it rests on 1-4 facts (a count, the
   * cases of a median, the numerator or the denominator of a share); zero is shown.
   */
  public IndicatorValue acrossRegions() {
    boolean small = isSmall(count) || isSmall(base);
    return small ? new IndicatorValue(breakdown, detail, null, null, null, true) : this;
  }

  private static boolean isSmall(Integer n) {
    return n != null && n > 0 && n < SMALLEST_SHOWN;
  }
}
