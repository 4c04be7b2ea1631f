package fi.aso.domain.meeting.scheduling;

/**
 * Exhaustive search for the best {@link Candidate}: first the largest number of slots that can be
 * held together at all, then, for every slot set of that size, every order of it, depth first with
 * branch and bound, and for every surviving order the exact placement from {@link OrderPlanner}.
 *
 * <p>A prefix of an order is cut off when its slots cannot be held in that order even when each
 * starts as early as possible (earliest starts are monotone, so no later choice helps), or when no
 * completion can beat the best candidate so far: the waiting the prefix already causes only grows,
 * and the last slot cannot end before the prefix's earliest end plus the length of the remaining
 * slots. Ties on both bounds go on to the order tie-breaker, so an equal bound alone never cuts.
 */
final class PlanSearch {

  private static final long UNREACHABLE = Long.MAX_VALUE;

  private final SlotGrid grid;
  private final WaitingWeights allWeights;
  private final OrderPlanner planner;
  private final int slotCount;

  private int set;
  private WaitingWeights weights;
  private int[] order;
  private Candidate best;

  PlanSearch(SlotGrid grid, WaitingWeights weights) {
    this.grid = grid;
    this.allWeights = weights;
    this.planner = new OrderPlanner(grid);
    this.slotCount = grid.slotCount();
  }

  /** The best candidate with as many slots as possible, or null when no slot fits at all. */
  Candidate run() {
    boolean[] placeable = placeableSets();
    int most = 0;
    for (int candidateSet = 1; candidateSet < placeable.length; candidateSet++) {
      if (placeable[candidateSet]) {
        most = Math.max(most, Integer.bitCount(candidateSet));
      }
    }
    for (int candidateSet = 1; candidateSet < placeable.length; candidateSet++) {
      if (placeable[candidateSet] && Integer.bitCount(candidateSet) == most) {
        set = candidateSet;
        weights = allWeights.restrictedTo(candidateSet);
        order = new int[most];
        extend(0, 0, 0, totalLength(candidateSet), 0);
      }
    }
    return best;
  }

  private long totalLength(int slots) {
    long total = 0;
    for (int slot = 0; slot < slotCount; slot++) {
      if ((slots & 1 << slot) != 0) {
        total += grid.length(slot);
      }
    }
    return total;
  }

  /**
   * Which slot sets can be held together in some order: the earliest time a set can be over is the
   * minimum, over its possible last slots, of that slot's earliest start after the rest is over.
   * Exact because an earlier end of the rest never makes the last slot start later.
   */
  private boolean[] placeableSets() {
    long[] earliestEnd = new long[1 << slotCount];
    for (int candidateSet = 1; candidateSet < earliestEnd.length; candidateSet++) {
      earliestEnd[candidateSet] = UNREACHABLE;
      for (int last = 0; last < slotCount; last++) {
        int rest = candidateSet & ~(1 << last);
        if (rest != candidateSet && earliestEnd[rest] != UNREACHABLE) {
          int position = grid.earliestFreeAt(last, earliestEnd[rest]);
          if (position != SlotGrid.NONE) {
            long end = grid.start(position) + grid.length(last);
            earliestEnd[candidateSet] = Math.min(earliestEnd[candidateSet], end);
          }
        }
      }
    }
    boolean[] placeable = new boolean[earliestEnd.length];
    for (int candidateSet = 1; candidateSet < earliestEnd.length; candidateSet++) {
      placeable[candidateSet] = earliestEnd[candidateSet] != UNREACHABLE;
    }
    return placeable;
  }

  /**
   * Appends each remaining slot of the set to {@code order[0..depth)}.
   *
   * @param earliestEnd when the prefix can be over at the earliest, all its slots started as early
   *     as possible in this order
   * @param remainingLength total length of the slots not yet in the prefix
   * @param fixedWaiting the waiting the prefix causes whatever the positions
   */
  private void extend(
      int depth, int prefix, long earliestEnd, long remainingLength, long fixedWaiting) {
    if (depth == order.length) {
      consider(fixedWaiting);
      return;
    }
    for (int slot = 0; slot < slotCount; slot++) {
      int bit = 1 << slot;
      if ((set & bit) == 0 || (prefix & bit) != 0) {
        continue;
      }
      int position = grid.earliestFreeAt(slot, earliestEnd);
      if (position == SlotGrid.NONE) {
        continue;
      }
      order[depth] = slot;
      long end = grid.start(position) + grid.length(slot);
      long rest = remainingLength - grid.length(slot);
      long waiting = fixedWaiting + weights.openAvoiding(prefix, bit) * grid.length(slot);
      if (best == null || best.couldLoseTo(order, depth + 1, waiting, end + rest)) {
        extend(depth + 1, prefix | bit, end, rest, waiting);
      }
    }
  }

  private void consider(long fixedWaiting) {
    long[] gapWeights = new long[order.length - 1];
    int prefix = 0;
    for (int depth = 0; depth < gapWeights.length; depth++) {
      prefix |= 1 << order[depth];
      gapWeights[depth] = weights.open(prefix);
    }
    Candidate candidate = planner.place(order, gapWeights, fixedWaiting);
    if (best == null || candidate.isBetterThan(best)) {
      best = candidate;
    }
  }
}
