package fi.aso.domain.meeting.scheduling;

import java.time.Instant;

/**
 * Why a slot could not be placed, as data rather than text so the UI can localise it and link to
 * the participant. A slot that was left out gets one entry per reason: {@link
 * Reason#LONGER_THAN_WINDOW} or {@link Reason#NO_ROOM_LEFT_FOR_ALL} on their own, and one {@link
 * Reason#PARTICIPANT_BUSY} entry for each busy period of each of its participants (overlapping
 * periods merged, clipped to the window), which are the times the slot cannot use.
 *
 * @param participantKey set only for {@link Reason#PARTICIPANT_BUSY}, as are the other participant
 *     and busy fields
 */
public record Explanation(
    String slotKey,
    Reason reason,
    String participantKey,
    String participantName,
    Instant busyStart,
    Instant busyEnd) {

  /** The kinds of obstacle the UI can show. */
  public enum Reason {
    /** The participant is busy from {@code busyStart} to {@code busyEnd} within the window. */
    PARTICIPANT_BUSY,
    /** The slot alone is longer than the whole meeting. */
    LONGER_THAN_WINDOW,
    /** The slot fits into the meeting alone, but not together with the slots that were placed. */
    NO_ROOM_LEFT_FOR_ALL
  }

  public Explanation {
    Require.key(slotKey, "explained slot key");
    Require.present(reason, "reason");
    if (reason == Reason.PARTICIPANT_BUSY) {
      Require.key(participantKey, "busy participant key");
      Require.key(participantName, "busy participant name");
      Require.present(busyStart, "busy start");
      Require.present(busyEnd, "busy end");
    } else if (participantKey != null
        || participantName != null
        || busyStart != null
        || busyEnd != null) {
      throw new IllegalStateException(reason + " does not name a participant or a busy time");
    }
  }

  static Explanation busy(String slotKey, Participant participant, Instant start, Instant end) {
    return new Explanation(
        slotKey, Reason.PARTICIPANT_BUSY, participant.key(), participant.displayName(), start, end);
  }

  static Explanation of(String slotKey, Reason reason) {
    return new Explanation(slotKey, reason, null, null, null, null);
  }
}
