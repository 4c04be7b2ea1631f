package fi.aso.domain.meeting.scheduling;

import fi.aso.domain.meeting.scheduling.MoveReason.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says why a placed slot is not at its preferred time, from what actually stands there: the
 * meeting's bounds, the busy times of the slot's own participants (in the order the slot lists
 * them, each in time order), and the other slots of the plan. Only when nothing does is the move
 * put down to the grid (a preferred start between grid times, moved less than a step) or to putting
 * the slots back to back, the finder's objective.
 */
final class MoveExplainer {

  private final FinderRequest request;
  private final BusyCalendar calendar;
  private final Map<String, Participant> participants = new HashMap<>();

  MoveExplainer(FinderRequest request, BusyCalendar calendar) {
    this.request = request;
    this.calendar = calendar;
    request.participants().forEach(p -> participants.put(p.key(), p));
  }

  /** The moves of the plan's slots, in the plan's time order; slots left in place have none. */
  List<SlotMove> moves(List<PlannedSlot> plan) {
    Map<String, SlotRequest> requested = new HashMap<>();
    request.slots().forEach(s -> requested.put(s.key(), s));
    List<SlotMove> moves = new ArrayList<>();
    for (PlannedSlot placed : plan) {
      SlotRequest slot = requested.get(placed.slotKey());
      Instant preferred = slot.preferredStart();
      if (preferred != null && !preferred.equals(placed.start())) {
        moves.add(new SlotMove(slot.key(), preferred, placed.start(), reasons(slot, placed, plan)));
      }
    }
    return moves;
  }

  private List<MoveReason> reasons(SlotRequest slot, PlannedSlot placed, List<PlannedSlot> plan) {
    Instant from = slot.preferredStart();
    Instant to = from.plus(slot.length());
    List<MoveReason> reasons = new ArrayList<>();
    if (from.isBefore(request.windowStart()) || to.isAfter(request.windowEnd())) {
      reasons.add(MoveReason.outsideMeeting(request.windowStart(), request.windowEnd()));
    }
    for (String key : slot.participantKeys()) {
      for (BusyCalendar.Period busy : calendar.of(key)) {
        if (overlaps(busy.start(), busy.end(), from, to)) {
          reasons.add(MoveReason.busy(participants.get(key), busy.start(), busy.end()));
        }
      }
    }
    for (PlannedSlot other : plan) {
      if (other != placed && overlaps(other.start(), other.end(), from, to)) {
        reasons.add(MoveReason.otherSlot(other));
      }
    }
    if (reasons.isEmpty()) {
      reasons.add(
          MoveReason.of(offGridOnly(from, placed.start()) ? Kind.OFF_GRID : Kind.BACK_TO_BACK));
    }
    return reasons;
  }

  /** The preferred start lies between grid times and the slot moved to a neighbouring one. */
  private boolean offGridOnly(Instant preferred, Instant planned) {
    long step = request.step().toNanos();
    long offset = Duration.between(request.windowStart(), preferred).toNanos();
    boolean onGrid = offset % step == 0;
    return !onGrid && Duration.between(preferred, planned).abs().toNanos() < step;
  }

  /** Half-open intervals: touching is not overlapping. */
  private static boolean overlaps(Instant start, Instant end, Instant from, Instant to) {
    return start.isBefore(to) && from.isBefore(end);
  }
}
