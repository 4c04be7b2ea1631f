package fi.aso.application.search;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search: its entries, how many matched in all, where it starts, how long a page is,
 * where the previous and next pages start ({@code null}: there is none), so that neither a page nor
 * an API client computes them, and the cursor of the next page ({@code next}, {@code null} after
 * the last), which walks the list without repeating or missing entries while it changes.
 */
public record Page<T>(
    List<T> entries,
    int total,
    int offset,
    int limit,
    Integer previousOffset,
    Integer nextOffset,
    String next) {

  public Page {
    entries = List.copyOf(entries);
  }

  public static <T> Page<T> of(List<T> entries, int total, PageRequest request) {
    return of(entries, total, request, null);
  }

  /** A page with the cursor of the page after it ({@code null}: none). */
  public static <T> Page<T> of(List<T> entries, int total, PageRequest request, String next) {
    int offset = request.offset();
    int limit = request.limit();
    return new Page<>(
        entries,
        total,
        offset,
        limit,
        offset == 0 ? null : Math.max(0, offset - limit),
        offset + limit < total ? offset + limit : null,
        next);
  }

  /** The same page with its entries in another form (e.g. a view for the reader). */
  public <R> Page<R> map(Function<? super T, R> as) {
    return new Page<>(
        entries.stream().<R>map(as).toList(),
        total,
        offset,
        limit,
        previousOffset,
        nextOffset,
        next);
  }

  /** The number of the first entry shown, counting from 1 (0 when none is). */
  public int firstShown() {
    return entries.isEmpty() ? 0 : offset + 1;
  }

  /** The number of the page starting at {@code at}, counting from 1. */
  public int pageAt(int at) {
    return at / limit + 1;
  }

  /** How many pages the matches make (at least one, if empty). */
  public int pageCount() {
    return Math.max(1, (total + limit - 1) / limit);
  }

  /** The number of the last entry shown. */
  public int lastShown() {
    return offset + entries.size();
  }
}
