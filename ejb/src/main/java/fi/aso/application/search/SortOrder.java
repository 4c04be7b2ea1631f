package fi.aso.application.search;

import fi.aso.domain.Refusal;
import java.util.Arrays;
import java.util.List;

/**
 * The orders a list can be sorted in, by name, the first being the default; a name not among them
 * is refused with the list's own code ({@code <list>.sort}) and the names in the message.
 */
public record SortOrder(String code, List<String> names) {

  public static SortOrder of(String code, String... names) {
    return new SortOrder(code, Arrays.asList(names));
  }

  /** The order asked for, or the default when none was. */
  public String pick(String asked) {
    if (asked == null || asked.isBlank()) {
      return names.get(0);
    }
    if (!names.contains(asked)) {
      throw new Refusal(code, "sort is one of " + String.join(", ", names), asked);
    }
    return asked;
  }
}
