package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * The finder's proposal. When not every slot fits, this is the best plan with as many slots as
 * possible, and {@link #explanations()} says what stands in the way of the others.
 *
 * @param slots the placed slots in time order
 * @param totalWaiting summed over every person with two or more placed slots: the time from the
 *     start of their first slot to the end of their last one that is not spent in their own slots
 * @param unplacedSlotKeys in requested order
 * @param explanations for the unplaced slots, grouped by slot in requested order
 * @param moves for the placed slots not at their preferred start, in time order: why not there
 */
public record Plan(
    List<PlannedSlot> slots,
    Duration totalWaiting,
    List<String> unplacedSlotKeys,
    List<Explanation> explanations,
    List<SlotMove> moves) {

  public Plan {
    slots = Require.list(slots, "planned slots");
    Require.present(totalWaiting, "total waiting");
    unplacedSlotKeys = Require.list(unplacedSlotKeys, "unplaced slot keys");
    explanations = Require.list(explanations, "explanations");
    moves = Require.list(moves, "moves");
  }

  /** True when every requested slot got a time. */
  public boolean complete() {
    return unplacedSlotKeys.isEmpty();
  }
}
