package fi.aso.web;

/**
 * Ids typed by people or carried in addresses ({@code ?id=}, a chosen option): anything that is not
 * a number is no id at all, so a mistyped or tampered address shows the page's own "not found", not
 * a conversion error or a server error.
 */
public final class Ids {

  private Ids() {}

  /** The id, or null when the text is empty or not a whole number. */
  public static Long parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
