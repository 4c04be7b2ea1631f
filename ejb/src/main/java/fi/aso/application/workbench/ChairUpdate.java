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
    WITHDRAWN_FOR
  }
}
