package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The request in integer time: nanoseconds since the window start, with start positions {@code k *
 * step}. For every slot it precomputes, per position, the first position at or after it where all
 * of the slot's participants are free for the slot's whole length; the search then answers
 * "earliest possible start" and "is this start possible" in constant time.
 */
final class SlotGrid {

  /** Marks "no such position". */
  static final int NONE = -1;

  private final long step;
  private final long[] lengths;
  private final int[][] nextFree;

  SlotGrid(FinderRequest request, BusyCalendar calendar) {
    step = request.step().toNanos();
    long window = Duration.between(request.windowStart(), request.windowEnd()).toNanos();
    List<SlotRequest> slots = request.slots();
    lengths = new long[slots.size()];
    nextFree = new int[slots.size()][];
    for (int slot = 0; slot < slots.size(); slot++) {
      lengths[slot] = slots.get(slot).length().toNanos();
      boolean[] blocked =
          blockedPositions(slots.get(slot), lengths[slot], window, request.windowStart(), calendar);
      nextFree[slot] = nextFree(blocked);
    }
  }

  int slotCount() {
    return lengths.length;
  }

  /**
   * How many start positions keep the slot inside the window; 0 when it is longer than the window.
   */
  int positions(int slot) {
    return nextFree[slot].length - 1;
  }

  /** The most positions any slot has, for sizing work arrays. */
  int maxPositions() {
    return Arrays.stream(nextFree).mapToInt(table -> table.length - 1).max().orElse(0);
  }

  boolean free(int slot, int position) {
    return nextFree[slot][position] == position;
  }

  long length(int slot) {
    return lengths[slot];
  }

  long start(int position) {
    return position * step;
  }

  /** The first grid position at or after {@code time}. */
  int firstPositionAt(long time) {
    return (int) -Math.floorDiv(-time, step);
  }

  /**
   * The earliest position at or after {@code time} where the slot can be held, or {@link #NONE}.
   */
  int earliestFreeAt(int slot, long time) {
    int position = firstPositionAt(time);
    return position > positions(slot) ? NONE : nextFree[slot][position];
  }

  private boolean[] blockedPositions(
      SlotRequest slot, long length, long window, Instant origin, BusyCalendar calendar) {
    int positions = length > window ? 0 : (int) ((window - length) / step) + 1;
    boolean[] blocked = new boolean[positions];
    for (String participant : slot.participantKeys()) {
      for (BusyCalendar.Period busy : calendar.of(participant)) {
        long busyStart = Duration.between(origin, busy.start()).toNanos();
        long busyEnd = Duration.between(origin, busy.end()).toNanos();
        // [k*step, k*step + length) meets [busyStart, busyEnd) exactly for these k
        int first = (int) Math.max(0, Math.floorDiv(busyStart - length, step) + 1);
        int last = Math.min(positions, firstPositionAt(busyEnd));
        Arrays.fill(blocked, Math.min(first, last), last, true);
      }
    }
    return blocked;
  }

  /**
   * Table with one sentinel entry at the end, so "nothing free from here on" needs no special case.
   */
  private static int[] nextFree(boolean[] blocked) {
    int[] next = new int[blocked.length + 1];
    next[blocked.length] = NONE;
    for (int position = blocked.length - 1; position >= 0; position--) {
      next[position] = blocked[position] ? next[position + 1] : position;
    }
    return next;
  }
}
