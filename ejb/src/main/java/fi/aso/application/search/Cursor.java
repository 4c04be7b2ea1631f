package fi.aso.application.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page of a list starts: the list's order and the sort key of the last entry shown
 * (its sort values, then its id). The API hands it out as opaque text and takes it back as {@code
 * cursor}; the next page holds the entries whose key comes after it, so that entries added or
 * removed meanwhile neither repeat nor push others out of the walk, as an offset would.
 *
 * <p>Key values are text or whole numbers (or null); {@link Keyset} makes them. The text form is
 * base64url of {@code order|v1|v2...}, each value {@code s<base64url text>}, {@code n<number>} or
 * {@code -} for none. It is not signed: a cursor only says where to start, never what the caller
 * may see.
 */
public record Cursor(String order, List<Object> key) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** Cursors longer than this are not ours: a key of a few values and ids is far shorter. */
  static final int MAX_LENGTH = 2000;

  public Cursor {
    key = java.util.Collections.unmodifiableList(new ArrayList<>(key));
  }

  /** The cursor as text for an address. */
  public String encode() {
    StringBuilder text = new StringBuilder(order);
    for (Object value : key) {
      text.append('|');
      if (value == null) {
        text.append('-');
      } else if (value instanceof Long number) {
        text.append('n').append(number);
      } else {
        text.append('s')
            .append(ENCODER.encodeToString(((String) value).getBytes(StandardCharsets.UTF_8)));
      }
    }
    return ENCODER.encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a list handed out, read back; anything else is refused, naming {@code cursor}. */
  public static Cursor decode(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      throw invalid();
    }
    try {
      String[] parts =
          new String(DECODER.decode(text.strip()), StandardCharsets.UTF_8).split("\\|", -1);
      List<Object> key = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        key.add(value(parts[i]));
      }
      if (parts[0].isEmpty() || key.isEmpty()) {
        throw invalid();
      }
      return new Cursor(parts[0], key);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static Object value(String part) {
    if (part.equals("-")) {
      return null;
    }
    if (part.startsWith("n")) {
      return Long.parseLong(part.substring(1)); // a NumberFormatException is an invalid cursor
    }
    if (part.startsWith("s")) {
      return new String(DECODER.decode(part.substring(1)), StandardCharsets.UTF_8);
    }
    throw invalid();
  }

  /** The refusal of a cursor that is not one the list gave. */
  public static InvalidParameter invalid() {
    return new InvalidParameter(
        "page.cursor",
        "cursor",
        "cursor is not one this list gave: start again without it, with the same filters and sort");
  }
}
