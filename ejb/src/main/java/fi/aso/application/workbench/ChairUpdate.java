package fi.aso.application.workbench;

import java.time.Instant;

/**
 * Something the chair should know about since their last visit: a partner declined a coming slot, a
 * client withdrew their consent (as a whole or for one organisation), or a coming slot waits for
 * the chair's decision because the client's release date or prison changed. Only the case reference
 * names the client. {@code meetingId}/{@code slotStart}: the slot declined (null for a withdrawal);
 * {@code who}: the person or organisation; {@code isNew}: after the last visit; {@code replyId}:
 * the kept reply of a proposal of another time, for the chair's decision (null for the others).
 */
public record ChairUpdate(
    Kind kind,
    Instant at,
    long caseId,
    String caseReference,
    String who,
    Long meetingId,
    Instant slotStart,
    boolean isNew,
    Long replyId) {

  /** An update that is no reply of the invitee's. */
  public ChairUpdate(
      Kind kind,
      Instant at,
      long caseId,
      String caseReference,
      String who,
      Long meetingId,
      Instant slotStart,
      boolean isNew) {
    this(kind, at, caseId, caseReference, who, meetingId, slotStart, isNew, null);
  }

  public enum Kind {
    DECLINED,
    WITHDRAWN,
    WITHDRAWN_FOR,
    /** An invitee proposed another time (METHOD:COUNTER); the meeting was not moved. */
    COUNTER,
    /** An invitee handed the invitation to someone else, who is not invited by it. */
    DELEGATED,
    /** The client's release date moved before the slot: it needs a reason again. */
    RELEASE_MOVED,
    /** The client moved to another prison; its video room ({@code who}) is proposed. */
    PRISON_CHANGED,
    /** The client moved to another prison, which has no free video room then. */
    PRISON_CHANGED_NO_ROOM
  }
}
