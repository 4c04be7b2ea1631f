package fi.aso.application.search;

import java.util.List;

/**
 * Which page of a list to show: at most {@code limit} (1 to {@value #MAX_LIMIT}) entries, either
 * from {@code offset} (from 0) or after a {@link Cursor} the list gave with its previous page.
 * Every list pages the same way, so that the API's {@code offset}, {@code cursor} and {@code limit}
 * mean one thing everywhere and are refused the same way, naming the parameter.
 */
public record PageRequest(int offset, int limit, Cursor after) {

  /** The longest page of any list. */
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (offset < 0) {
      throw invalid("offset", "offset is a whole number 0 or more", MAX_LIMIT);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw invalid("limit", "limit is a whole number between 1 and " + MAX_LIMIT, MAX_LIMIT);
    }
    if (after != null && offset > 0) {
      throw invalid("offset", "give either offset or cursor, not both", MAX_LIMIT);
    }
  }

  public PageRequest(int offset, int limit) {
    this(offset, limit, null);
  }

  /**
   * The page an address asks for: the numbers as typed, each optional ({@code offset} 0, {@code
   * limit} the list's default), limit at most {@code maxLimit}. Anything that is not a whole number
   * in range is refused, never quietly replaced.
   */
  public static PageRequest parse(String offset, String limit, int defaultLimit) {
    return parse(offset, limit, null, defaultLimit, 200);
  }

  /** The same with a cursor (text as the list gave it) and the list's own longest page. */
  public static PageRequest parse(
      String offset, String limit, String cursor, int defaultLimit, int maxLimit) {
    int asked = number(limit, defaultLimit, "limit");
    if (asked < 1 || asked > maxLimit) {
      throw invalid("limit", "limit is a whole number between 1 and " + maxLimit, maxLimit);
    }
    return new PageRequest(
        number(offset, 0, "offset"),
        asked,
        cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor));
  }

  /**
   * This page of a whole list already filtered, in the keyset's order; its {@link Page#next()} is
   * the cursor of the page after it.
   */
  public <T> Page<T> of(List<T> all, Keyset<T> keyset) {
    List<T> sorted = keyset.sort(all);
    int start = after == null ? offset : keyset.start(sorted, after);
    int end = Math.min(sorted.size(), start + limit);
    List<T> entries = start >= end ? List.of() : sorted.subList(start, end);
    String next =
        end < sorted.size() && !entries.isEmpty()
            ? keyset.after(entries.get(entries.size() - 1)).encode()
            : null;
    return Page.of(entries, sorted.size(), new PageRequest(start, limit), next);
  }

  private static int number(String value, int absent, String name) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, name + " is a whole number", MAX_LIMIT);
    }
  }

  private static InvalidParameter invalid(String parameter, String message, int max) {
    return new InvalidParameter("page.invalid", parameter, message, max);
  }
}
