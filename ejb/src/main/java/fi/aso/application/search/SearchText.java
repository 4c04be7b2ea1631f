package fi.aso.application.search;

import fi.aso.domain.Refusal;
import java.util.Locale;
import java.util.stream.Stream;

/** Free text in a search: matched case-insensitively as a part of any of the fields given. */
public final class SearchText {

  /** Long enough for any name or place; a longer text is a mistake, not a search. */
  public static final int MAX_LENGTH = 200;

  private SearchText() {}

  /** The text as searched: trimmed and in lower case; {@code null} when there is none. */
  public static String normalise(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw new Refusal(
          "search.text", "the search text is at most " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    return stripped.toLowerCase(Locale.ROOT);
  }

  /** Whether no text was given, or one of the fields contains it. */
  public static boolean matches(String normalised, String... fields) {
    return normalised == null
        || Stream.of(fields)
            .anyMatch(f -> f != null && f.toLowerCase(Locale.ROOT).contains(normalised));
  }
}
