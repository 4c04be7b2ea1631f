package fi.aso.infrastructure.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A time when a person is busy, as instants: feeds mix zones, floating times and all-day dates, and
 * only instants compare correctly across them (and across daylight-saving changes).
 *
 * @param start the first busy instant
 * @param end the first instant that is no longer busy; after {@code start}
 */
public record BusyInterval(Instant start, Instant end) {

  private static final Comparator<BusyInterval> BY_TIME =
      Comparator.comparing(BusyInterval::start).thenComparing(BusyInterval::end);

  public BusyInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a busy interval must end after it starts");
    }
  }

  /**
   * The intervals sorted by start, with overlapping and touching ones joined, so a slot finder (or
   * a person reading them) sees each busy stretch once.
   */
  public static List<BusyInterval> merge(Collection<BusyInterval> intervals) {
    List<BusyInterval> merged = new ArrayList<>();
    for (BusyInterval next : intervals.stream().sorted(BY_TIME).toList()) {
      int last = merged.size() - 1;
      if (last >= 0 && !next.start().isAfter(merged.get(last).end())) {
        BusyInterval previous = merged.get(last);
        Instant end = next.end().isAfter(previous.end()) ? next.end() : previous.end();
        merged.set(last, new BusyInterval(previous.start(), end));
      } else {
        merged.add(next);
      }
    }
    return List.copyOf(merged);
  }
}
