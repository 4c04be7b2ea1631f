package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference the finder is tested against: every time-ordered sequence of distinct slots at
 * every grid start, ranked by the documented criteria. Only usable for tiny requests, and
 * deliberately naive: it shares no code with the finder except the request records.
 */
final class BruteForce {

  /** A plan as request indices and start instants, in time order. */
  record Sequence(List<Integer> slots, List<Instant> starts) {}

  private final FinderRequest request;
  private final Comparator<Sequence> ranking;
  private Sequence best;

  private BruteForce(FinderRequest request) {
    this.request = request;
    Comparator<Sequence> byCount = Comparator.comparingInt(s -> -s.slots().size());
    this.ranking =
        byCount
            .thenComparing(s -> PlanChecker.waiting(request, planned(s)))
            .thenComparing(s -> s.starts().isEmpty() ? request.windowStart() : lastEnd(s))
            .thenComparing(Sequence::slots, BruteForce::lexicographic)
            .thenComparing(Sequence::starts, BruteForce::lexicographic);
  }

  static List<PlannedSlot> bestPlan(FinderRequest request) {
    BruteForce search = new BruteForce(request);
    search.extend(new ArrayList<>(), new ArrayList<>(), request.windowStart());
    return search.planned(search.best);
  }

  /** Whether the slot fits into the window on its own, all its participants being free. */
  static boolean fitsAlone(FinderRequest request, int slot) {
    return !new BruteForce(request).startsAfter(slot, request.windowStart()).isEmpty();
  }

  private void extend(List<Integer> slots, List<Instant> starts, Instant earliest) {
    Sequence sequence = new Sequence(List.copyOf(slots), List.copyOf(starts));
    if (best == null || ranking.compare(sequence, best) < 0) {
      best = sequence;
    }
    for (int slot = 0; slot < request.slots().size(); slot++) {
      if (slots.contains(slot)) {
        continue;
      }
      for (Instant start : startsAfter(slot, earliest)) {
        slots.add(slot);
        starts.add(start);
        extend(slots, starts, start.plus(request.slots().get(slot).length()));
        slots.remove(slots.size() - 1);
        starts.remove(starts.size() - 1);
      }
    }
  }

  private List<Instant> startsAfter(int slot, Instant earliest) {
    SlotRequest requested = request.slots().get(slot);
    List<Instant> starts = new ArrayList<>();
    for (Instant start = request.windowStart();
        !start.plus(requested.length()).isAfter(request.windowEnd());
        start = start.plus(request.step())) {
      if (!start.isBefore(earliest) && everyoneFree(requested, start)) {
        starts.add(start);
      }
    }
    return starts;
  }

  private boolean everyoneFree(SlotRequest slot, Instant start) {
    Instant end = start.plus(slot.length());
    return request.busy().stream()
        .noneMatch(
            busy ->
                slot.participantKeys().contains(busy.participantKey())
                    && busy.start().isBefore(busy.end())
                    && busy.start().isBefore(end)
                    && start.isBefore(busy.end()));
  }

  private List<PlannedSlot> planned(Sequence sequence) {
    List<PlannedSlot> planned = new ArrayList<>();
    for (int i = 0; i < sequence.slots().size(); i++) {
      SlotRequest slot = request.slots().get(sequence.slots().get(i));
      Instant start = sequence.starts().get(i);
      planned.add(new PlannedSlot(slot.key(), start, start.plus(slot.length())));
    }
    return planned;
  }

  private Instant lastEnd(Sequence sequence) {
    int last = sequence.slots().size() - 1;
    Duration length = request.slots().get(sequence.slots().get(last)).length();
    return sequence.starts().get(last).plus(length);
  }

  private static <T extends Comparable<T>> int lexicographic(List<T> a, List<T> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byElement = a.get(i).compareTo(b.get(i));
      if (byElement != 0) {
        return byElement;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
