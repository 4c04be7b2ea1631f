package fi.aso.application.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list's stable order as a key per entry: its sort values, then its id, so that no two entries
 * tie. The list is sorted by the key and a {@link Cursor} holds the key of the last entry shown, so
 * a page is "the next {@code limit} entries after that key" (keyset paging).
 *
 * <p>Values are normalised to text or whole numbers: dates as ISO text (which sorts as the dates
 * do), instants as microseconds since 1970, enums by name, booleans as 0 and 1; a missing value
 * sorts last. Text is compared as is: give {@link #folded} text for a case-insensitive order.
 *
 * @param order the list's and order's name, e.g. {@code cases:name}; a cursor of another order is
 *     refused
 * @param descending whether the whole key runs from the largest down
 */
public record Keyset<T>(String order, Function<T, List<Object>> values, boolean descending) {

  public Keyset {
    Objects.requireNonNull(order);
    if (order.contains("|")) {
      throw new IllegalArgumentException("an order's name has no |");
    }
  }

  /** A key of the values {@code key} gives for an entry, the last of them its id. */
  public static <T> Keyset<T> of(String order, Function<T, Object[]> key) {
    return new Keyset<>(order, t -> normalised(key.apply(t)), false);
  }

  /** The same order from the largest key down (an order of its own name: its cursors differ). */
  public Keyset<T> reversed() {
    return new Keyset<>(order + "-desc", values, !descending);
  }

  /** Text in lower case, for an order that ignores case. */
  public static String folded(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /** The entries in this order. */
  public List<T> sort(List<T> entries) {
    Comparator<List<Object>> keys = descending ? KEYS.reversed() : KEYS;
    return entries.stream().sorted(Comparator.comparing(values, keys)).toList();
  }

  /** The cursor pointing just after this entry. */
  public Cursor after(T entry) {
    return new Cursor(order, values.apply(entry));
  }

  /**
   * How many of the sorted entries come at or before the cursor: the index where the page after it
   * starts. A cursor of another list or order is refused.
   */
  public int start(List<T> sorted, Cursor cursor) {
    if (!cursor.order().equals(order)) {
      throw Cursor.invalid();
    }
    Comparator<List<Object>> keys = descending ? KEYS.reversed() : KEYS;
    int start = 0;
    for (T entry : sorted) {
      List<Object> key = values.apply(entry);
      if (!comparable(key, cursor.key())) {
        throw Cursor.invalid();
      }
      if (keys.compare(key, cursor.key()) > 0) {
        break;
      }
      start++;
    }
    return start;
  }

  private static boolean comparable(List<Object> a, List<Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      if (x != null && y != null && x.getClass() != y.getClass()) {
        return false;
      }
    }
    return true;
  }

  /** Keys value by value; a missing value after every present one. */
  private static final Comparator<List<Object>> KEYS =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return ((Comparable) a).compareTo(b);
  }

  private static List<Object> normalised(Object[] values) {
    List<Object> key = new ArrayList<>(values.length);
    for (Object value : values) {
      key.add(normalised(value));
    }
    return key;
  }

  private static Object normalised(Object value) {
    return switch (value) {
      case null -> null;
      case String text -> text;
      case Long number -> number;
      case Integer number -> number.longValue();
      case Short number -> number.longValue();
      case Boolean yes -> yes ? 1L : 0L;
      case LocalDate date -> date.toString();
      case Instant at -> ChronoUnit.MICROS.between(Instant.EPOCH, at);
      case OffsetDateTime at -> ChronoUnit.MICROS.between(Instant.EPOCH, at.toInstant());
      case Enum<?> constant -> constant.name();
      default ->
          throw new IllegalArgumentException(
              "a sort key is text, a number, a date or a time, not " + value.getClass());
    };
  }
}
