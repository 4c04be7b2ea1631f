package fi.aso.domain.meeting.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The busy times that matter for one request: only listed participants, clipped to the window,
 * sorted and merged per participant. Sorting and merging make the result independent of the order
 * of the input list, and merging reports a period once even when two feeds both contain it.
 * Touching periods are merged too: no slot fits into a gap of zero length.
 */
final class BusyCalendar {

  /** A merged busy period, {@code [start, end)}, inside the window. */
  record Period(Instant start, Instant end) {}

  private static final Comparator<Period> BY_TIME =
      Comparator.comparing(Period::start).thenComparing(Period::end);

  /** Only ever looked up by key, never iterated, so hash order cannot leak into a result. */
  private final Map<String, List<Period>> byParticipant = new HashMap<>();

  BusyCalendar(FinderRequest request) {
    Set<String> known = new HashSet<>();
    request.participants().forEach(participant -> known.add(participant.key()));
    Map<String, List<Period>> clipped = new HashMap<>();
    for (Busy busy : request.busy()) {
      Instant start = max(busy.start(), request.windowStart());
      Instant end = min(busy.end(), request.windowEnd());
      if (known.contains(busy.participantKey()) && start.isBefore(end)) {
        clipped
            .computeIfAbsent(busy.participantKey(), key -> new ArrayList<>())
            .add(new Period(start, end));
      }
    }
    clipped.forEach((key, periods) -> byParticipant.put(key, merged(periods)));
  }

  /** The participant's busy periods in time order; empty when they are free all the time. */
  List<Period> of(String participantKey) {
    return byParticipant.getOrDefault(participantKey, List.of());
  }

  private static List<Period> merged(List<Period> periods) {
    periods.sort(BY_TIME);
    List<Period> merged = new ArrayList<>();
    Period current = periods.get(0);
    for (Period next : periods.subList(1, periods.size())) {
      if (next.start().isAfter(current.end())) {
        merged.add(current);
        current = next;
      } else {
        current = new Period(current.start(), max(current.end(), next.end()));
      }
    }
    merged.add(current);
    return List.copyOf(merged);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
