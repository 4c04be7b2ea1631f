package fi.aso.application.search;

import fi.aso.application.i18n.DateInput;
import fi.aso.domain.Refusal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * A list's filter values as an address or the API gives them, as text: each optional (blank is
 * "any"), each refused plainly when it is not one of the values the list knows, never quietly
 * widened to "any".
 */
public final class FilterValues {

  private FilterValues() {}

  /** One of the enum's constants by name (any case), or {@code null} when none is given. */
  public static <E extends Enum<E>> E choice(Class<E> type, String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String known =
          String.join(
              ", ",
              Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList());
      throw new Refusal("search.value", name + " is one of " + known, name);
    }
  }

  /** An id, or {@code null} when none is given. */
  public static Long id(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new Refusal("search.value", name + " is an id, a whole number", name);
  }

  /**
   * A date as a person types it into a list's search form ({@code 16.12.2026}) or an address gives
   * it ({@code 2026-12-16}), or {@code null} when none is given.
   */
  public static LocalDate date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return DateInput.date(value)
        .orElseThrow(() -> new Refusal("search.value", name + " is a date like 16.12.2026", name));
  }

  /** A yes ({@code true}); anything else is no. */
  public static boolean yes(String value) {
    return "true".equalsIgnoreCase(value == null ? null : value.strip());
  }
}
