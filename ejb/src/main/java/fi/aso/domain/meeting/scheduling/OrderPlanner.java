package fi.aso.domain.meeting.scheduling;

/**
 * Chooses start positions for slots whose time order is already fixed, exactly and in time linear
 * in the grid size, by dynamic programming from the last slot backwards.
 *
 * <p>With the order fixed, the only part of waiting that still depends on positions is {@code
 * sum(gapWeight[j] * gap[j])} (see {@link WaitingWeights}). For the slot at depth {@code j} at
 * position {@code k}, the best continuation is the follower position {@code p >= first start after
 * end(k)} minimising {@code gapWeight[j] * start(p) + cost[j + 1][p]}, then the end of the last
 * slot, then {@code p} itself (earlier start times first). None of that depends on {@code k}, so a
 * running minimum over follower positions, scanned from the end of the window, serves every {@code
 * k}. This replaces a depth-first search over positions, whose running time would depend on how
 * many positions happen to be free.
 */
final class OrderPlanner {

  private static final long IMPOSSIBLE = Long.MAX_VALUE;

  private final SlotGrid grid;

  /** Per depth and position: least gap waiting for this slot and all after it. */
  private final long[][] cost;

  /** Per depth and position: end of the last slot in that best continuation. */
  private final long[][] lastEnd;

  /** Per depth and position: the follower's position in that best continuation. */
  private final int[][] next;

  OrderPlanner(SlotGrid grid) {
    this.grid = grid;
    int depths = grid.slotCount();
    int width = grid.maxPositions();
    cost = new long[depths][width];
    lastEnd = new long[depths][width];
    next = new int[depths][width];
  }

  /**
   * The best placement of {@code order}, which the caller has checked can be held in that order.
   *
   * @param gapWeights how many persons wait through the gap after each depth
   * @param fixedWaiting the waiting that does not depend on positions, added to the result
   */
  Candidate place(int[] order, long[] gapWeights, long fixedWaiting) {
    int depths = order.length;
    fillLast(depths - 1, order[depths - 1]);
    for (int depth = depths - 2; depth >= 0; depth--) {
      fill(depth, order[depth], order[depth + 1], gapWeights[depth]);
    }
    int first = bestFirstPosition(order[0]);
    int[] positions = new int[depths];
    positions[0] = first;
    for (int depth = 1; depth < depths; depth++) {
      positions[depth] = next[depth - 1][positions[depth - 1]];
    }
    return new Candidate(order, positions, fixedWaiting + cost[0][first], lastEnd[0][first]);
  }

  private void fillLast(int depth, int slot) {
    for (int position = 0; position < grid.positions(slot); position++) {
      cost[depth][position] = grid.free(slot, position) ? 0 : IMPOSSIBLE;
      lastEnd[depth][position] = grid.start(position) + grid.length(slot);
    }
  }

  private void fill(int depth, int slot, int follower, long weight) {
    long[] followerCost = cost[depth + 1];
    long[] followerLastEnd = lastEnd[depth + 1];
    int candidate = grid.positions(follower) - 1;
    int best = SlotGrid.NONE;
    long bestKey = IMPOSSIBLE;
    for (int position = grid.positions(slot) - 1; position >= 0; position--) {
      long end = grid.start(position) + grid.length(slot);
      for (int earliest = grid.firstPositionAt(end); candidate >= earliest; candidate--) {
        if (followerCost[candidate] == IMPOSSIBLE) {
          continue;
        }
        long key = weight * grid.start(candidate) + followerCost[candidate];
        // candidates come in decreasing position, so on a full tie the newer (earlier) one wins
        if (key < bestKey
            || key == bestKey && followerLastEnd[candidate] <= followerLastEnd[best]) {
          best = candidate;
          bestKey = key;
        }
      }
      if (best == SlotGrid.NONE || !grid.free(slot, position)) {
        cost[depth][position] = IMPOSSIBLE;
      } else {
        cost[depth][position] = bestKey - weight * end;
        lastEnd[depth][position] = followerLastEnd[best];
        next[depth][position] = best;
      }
    }
  }

  private int bestFirstPosition(int slot) {
    int best = SlotGrid.NONE;
    for (int position = 0; position < grid.positions(slot); position++) {
      long positionCost = cost[0][position];
      if (positionCost != IMPOSSIBLE
          && (best == SlotGrid.NONE
              || positionCost < cost[0][best]
              || positionCost == cost[0][best] && lastEnd[0][position] < lastEnd[0][best])) {
        best = position;
      }
    }
    return best;
  }
}
