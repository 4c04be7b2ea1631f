package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the {@link SlotFinder} needs for one meeting. Times are {@link Instant}s, so
 * daylight-saving changes inside the window need no special handling: the grid counts real elapsed
 * time from {@code windowStart}.
 *
 * <p>The limits keep the exhaustive search and its integer arithmetic safe: at most {@value
 * #MAX_SLOTS} slots (8! orders), a window and slots of at most {@value #MAX_WINDOW_HOURS} hours (a
 * meeting day, also across a daylight-saving change), a step no longer than the window, at most
 * {@value #MAX_GRID_POSITIONS} grid positions and at most {@value #MAX_PARTICIPANTS} participants.
 * A slot longer than the window is allowed: it is reported as unplaced with a reason.
 *
 * <p>Busy times of participants that are not listed are ignored rather than rejected: they
 * typically come from shared calendar feeds that also cover people not invited to this meeting. A
 * slot naming an unknown participant is rejected, because that is a real mistake.
 *
 * @param windowStart when the meeting begins; also the origin of the start-time grid
 * @param windowEnd when the meeting must be over
 * @param step spacing of allowed start times, e.g. 5 or 15 minutes
 * @param slots in the requested order; the order is a tie-breaker and a priority when not every
 *     slot fits
 */
public record FinderRequest(
    Instant windowStart,
    Instant windowEnd,
    Duration step,
    List<SlotRequest> slots,
    List<Participant> participants,
    List<Busy> busy) {

  public static final int MAX_SLOTS = 8;
  public static final int MAX_WINDOW_HOURS = 48;
  public static final int MAX_GRID_POSITIONS = 10_000;
  public static final int MAX_PARTICIPANTS = 1_000;

  public FinderRequest {
    Require.present(windowStart, "window start");
    Require.present(windowEnd, "window end");
    if (!windowEnd.isAfter(windowStart)) {
      throw Require.invalid(
          "window end " + windowEnd + " must be after window start " + windowStart);
    }
    Duration window = Duration.between(windowStart, windowEnd);
    if (window.compareTo(Duration.ofHours(MAX_WINDOW_HOURS)) > 0) {
      throw Require.invalid("window " + window + " is longer than " + MAX_WINDOW_HOURS + " hours");
    }
    Require.positive(step, "step");
    if (step.compareTo(window) > 0) {
      throw Require.invalid("step " + step + " is longer than the window " + window);
    }
    if (window.toNanos() / step.toNanos() >= MAX_GRID_POSITIONS) {
      throw Require.invalid(
          "step " + step + " gives more than " + MAX_GRID_POSITIONS + " start times in the window");
    }
    slots = Require.list(slots, "slots");
    participants = Require.list(participants, "participants");
    busy = Require.list(busy, "busy times");
    if (slots.size() > MAX_SLOTS) {
      throw Require.invalid("at most " + MAX_SLOTS + " slots, got " + slots.size());
    }
    if (participants.size() > MAX_PARTICIPANTS) {
      throw Require.invalid(
          "at most " + MAX_PARTICIPANTS + " participants, got " + participants.size());
    }
    Set<String> participantKeys =
        uniqueKeys(participants.stream().map(Participant::key).toList(), "participant");
    uniqueKeys(slots.stream().map(SlotRequest::key).toList(), "slot");
    for (SlotRequest slot : slots) {
      if (slot.length().compareTo(Duration.ofHours(MAX_WINDOW_HOURS)) > 0) {
        throw Require.invalid(
            "slot " + slot.key() + " is longer than " + MAX_WINDOW_HOURS + " hours");
      }
      for (String key : slot.participantKeys()) {
        if (!participantKeys.contains(key)) {
          throw Require.invalid("slot " + slot.key() + " names unknown participant " + key);
        }
      }
    }
  }

  private static Set<String> uniqueKeys(List<String> keys, String what) {
    Set<String> unique = new HashSet<>();
    for (String key : keys) {
      if (!unique.add(key)) {
        throw Require.invalid("duplicate " + what + " key " + key);
      }
    }
    return unique;
  }
}
