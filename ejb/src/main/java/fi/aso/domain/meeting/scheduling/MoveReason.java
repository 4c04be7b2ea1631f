package fi.aso.domain.meeting.scheduling;

import java.time.Instant;

/**
 * One thing that kept a slot from its preferred time. It names people and rooms (a partner's
 * contact person, the case worker, the prison's video room) but never a client: another client's
 * slot is only "another slot", by key.
 *
 * @param key the busy participant's key, or the other slot's key; null for the other kinds
 * @param name the busy participant's display name; null for the other kinds
 * @param start start of the busy time, the other slot or the meeting; null when there is no time
 * @param end end of the same
 */
public record MoveReason(Kind kind, String key, String name, Instant start, Instant end) {

  /** What stood in the way. */
  public enum Kind {
    /**
     * A person invited to the slot is busy (their calendar, a time entered by hand, or another
     * meeting).
     */
    PERSON_BUSY,
    /** The room the slot needs (the client's video link from prison) is booked. */
    ROOM_BUSY,
    /** Another slot of this meeting has that time in the plan. */
    OTHER_SLOT,
    /**
     * At the preferred time the slot would not be within the meeting ({@code start}-{@code end}).
     */
    OUTSIDE_MEETING,
    /** Slots start on the meeting's grid (every few minutes); the preferred time was between. */
    OFF_GRID,
    /** Nothing was in the way: the slots were put back to back, so people wait less. */
    BACK_TO_BACK
  }

  public MoveReason {
    Require.present(kind, "kind of move reason");
    switch (kind) {
      case PERSON_BUSY, ROOM_BUSY -> {
        Require.key(key, "busy participant key");
        Require.key(name, "busy participant name");
        requireTimes(start, end);
      }
      case OTHER_SLOT -> {
        Require.key(key, "other slot key");
        requireNone(name, null, kind);
        requireTimes(start, end);
      }
      case OUTSIDE_MEETING -> {
        requireNone(key, name, kind);
        requireTimes(start, end);
      }
      case OFF_GRID, BACK_TO_BACK -> {
        requireNone(key, name, kind);
        if (start != null || end != null) {
          throw new IllegalStateException(kind + " has no time");
        }
      }
    }
  }

  static MoveReason busy(Participant participant, Instant start, Instant end) {
    Kind kind = participant.kind() == Participant.Kind.ROOM ? Kind.ROOM_BUSY : Kind.PERSON_BUSY;
    return new MoveReason(kind, participant.key(), participant.displayName(), start, end);
  }

  static MoveReason otherSlot(PlannedSlot other) {
    return new MoveReason(Kind.OTHER_SLOT, other.slotKey(), null, other.start(), other.end());
  }

  static MoveReason outsideMeeting(Instant start, Instant end) {
    return new MoveReason(Kind.OUTSIDE_MEETING, null, null, start, end);
  }

  static MoveReason of(Kind kind) {
    return new MoveReason(kind, null, null, null, null);
  }

  private static void requireTimes(Instant start, Instant end) {
    Require.present(start, "start of move reason");
    Require.present(end, "end of move reason");
  }

  private static void requireNone(String key, String name, Kind kind) {
    if (key != null || name != null) {
      throw new IllegalStateException(kind + " names no participant");
    }
  }
}
