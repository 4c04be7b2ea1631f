package fi.aso.application.search;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search: its entries, how many matched in all, where it starts, how long a page is,
 * and where the previous and next pages start ({@code null}: there is none), so that neither a page
 * nor an API client computes them.
 */
public record Page<T>(
    List<T> entries, int total, int offset, int limit, Integer previousOffset, Integer nextOffset) {

  public Page {
    entries = List.copyOf(entries);
  }

  public static <T> Page<T> of(List<T> entries, int total, PageRequest request) {
    int offset = request.offset();
    int limit = request.limit();
    return new Page<>(
        entries,
        total,
        offset,
        limit,
        offset == 0 ? null : Math.max(0, offset - limit),
        offset + limit < total ? offset + limit : null);
  }

  /** The same page with its entries in another form (e.g. a view for the reader). */
  public <R> Page<R> map(Function<? super T, R> as) {
    return new Page<>(
        entries.stream().<R>map(as).toList(), total, offset, limit, previousOffset, nextOffset);
  }

  /** The number of the first entry shown, counting from 1 (0 when none is). */
  public int firstShown() {
    return entries.isEmpty() ? 0 : offset + 1;
  }

  /** The number of the last entry shown. */
  public int lastShown() {
    return offset + entries.size();
  }
}
