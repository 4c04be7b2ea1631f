package fi.aso.application.search;

import fi.aso.domain.Refusal;
import java.util.List;

/**
 * Which page of a list to show: {@code offset} from 0 and at most {@code limit} (1 to {@value
 * #MAX_LIMIT}) entries. Every searchable list pages the same way, so that the API's {@code offset}
 * and {@code limit} mean one thing everywhere and are refused the same way.
 */
public record PageRequest(int offset, int limit) {

  public static final int MAX_LIMIT = 200;

  public PageRequest {
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw invalid();
    }
  }

  /**
   * The page an address asks for: the numbers as typed, each optional ({@code offset} 0, {@code
   * limit} the list's default). Anything that is not a whole number in range is refused, never
   * quietly replaced.
   */
  public static PageRequest parse(String offset, String limit, int defaultLimit) {
    return new PageRequest(number(offset, 0), number(limit, defaultLimit));
  }

  /** This page of a whole list already filtered and sorted. */
  public <T> Page<T> of(List<T> all) {
    List<T> entries = all.stream().skip(offset).limit(limit).toList();
    return Page.of(entries, all.size(), this);
  }

  private static int number(String value, int absent) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static Refusal invalid() {
    return new Refusal(
        "page.invalid",
        "offset is a whole number 0 or more, and limit a whole number between 1 and " + MAX_LIMIT,
        MAX_LIMIT);
  }
}
