package fi.aso.application.workbench;

import java.time.Instant;

/**
 * Something the chair should know about since their last visit: a partner declined a coming slot,
 * or a client withdrew their consent (as a whole or for one organisation). Only the case reference
 * names the client. {@code meetingId}/{@code slotStart}: the slot declined (null for a withdrawal);
 * {@code who}: the person or organisation; {@code isNew}: after the last visit.
 */
public record ChairUpdate(
    Kind kind,
    Instant at,
    long caseId,
    String caseReference,
    String who,
    Long meetingId,
    Instant slotStart,
    boolean isNew) {

  public enum Kind {
    DECLINED,
    WITHDRAWN,
    WITHDRAWN_FOR,
    /** An invitee proposed another time (METHOD:COUNTER); the meeting was not moved. */
    COUNTER,
    /** An invitee handed the invitation to someone else, who is not invited by it. */
    DELEGATED
  }
}
