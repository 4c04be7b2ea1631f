package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes start times and an order for the client slots of one meeting.
 *
 * <p>A plan is valid when slots do not overlap, lie inside the window, start on the grid ({@code
 * windowStart + k * step}) and every participant of a slot (people and rooms) is free for the
 * slot's whole length. Among valid plans the finder returns the one that
 *
 * <ol>
 *   <li>places the most slots,
 *   <li>makes persons with several slots wait least in total,
 *   <li>ends its last slot earliest,
 *   <li>keeps closest to the requested order (lexicographically smallest sequence of request
 *       indices in time order, so earlier-requested slots also win when not all fit),
 *   <li>starts earliest (start times compared lexicographically).
 * </ol>
 *
 * <p>The answer is exact (an exhaustive branch-and-bound search, see {@code docs/slot-finder.md})
 * and deterministic: it depends only on the request's values and slot order, never on the order of
 * the participant or busy lists. The finder is stateless and thread-safe.
 */
public final class SlotFinder {

  public Plan find(FinderRequest request) {
    Require.present(request, "finder request");
    BusyCalendar calendar = new BusyCalendar(request);
    SlotGrid grid = new SlotGrid(request, calendar);
    Candidate best = new PlanSearch(grid, WaitingWeights.of(request)).run();

    List<SlotRequest> slots = request.slots();
    boolean[] placed = new boolean[slots.size()];
    List<PlannedSlot> planned = new ArrayList<>();
    long waiting = 0;
    if (best != null) {
      int[] order = best.order();
      int[] positions = best.positions();
      for (int depth = 0; depth < order.length; depth++) {
        SlotRequest slot = slots.get(order[depth]);
        Instant start = request.windowStart().plusNanos(grid.start(positions[depth]));
        planned.add(new PlannedSlot(slot.key(), start, start.plus(slot.length())));
        placed[order[depth]] = true;
      }
      waiting = best.waiting();
    }

    Explainer explainer = new Explainer(request, calendar, grid);
    List<String> unplaced = new ArrayList<>();
    List<Explanation> explanations = new ArrayList<>();
    for (int slot = 0; slot < slots.size(); slot++) {
      if (!placed[slot]) {
        unplaced.add(slots.get(slot).key());
        explanations.addAll(explainer.whyNotPlaced(slot));
      }
    }
    List<SlotMove> moves = new MoveExplainer(request, calendar).moves(planned);
    return new Plan(planned, Duration.ofNanos(waiting), unplaced, explanations, moves);
  }
}
