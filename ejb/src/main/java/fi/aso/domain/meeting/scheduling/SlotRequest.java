package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * One client's part of a meeting that needs a start time.
 *
 * @param key identifies the slot in the resulting {@link Plan}, e.g. the client slot's id
 * @param length how long the discussion of this client takes
 * @param participantKeys everyone (and every room) that must be free for the whole slot; the video
 *     room is listed here when the slot needs it
 * @param preferredStart the time the slot has now or was asked for, or null; it does not steer the
 *     plan, but a slot placed elsewhere gets a {@link SlotMove} saying what stood in the way there
 */
public record SlotRequest(
    String key, Duration length, List<String> participantKeys, Instant preferredStart) {

  public SlotRequest {
    Require.key(key, "slot key");
    Require.positive(length, "length of slot " + key);
    participantKeys = Require.list(participantKeys, "participants of slot " + key);
    for (String participantKey : participantKeys) {
      Require.key(participantKey, "participant key in slot " + key);
    }
    if (new HashSet<>(participantKeys).size() != participantKeys.size()) {
      throw Require.invalid("slot " + key + " lists a participant twice: " + participantKeys);
    }
  }

  /** A slot without a time of its own yet. */
  public SlotRequest(String key, Duration length, List<String> participantKeys) {
    this(key, length, participantKeys, null);
  }
}
