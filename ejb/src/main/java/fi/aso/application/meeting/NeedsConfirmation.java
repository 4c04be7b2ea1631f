package fi.aso.application.meeting;

import jakarta.ejb.ApplicationException;

/**
 * Moving a meeting that invitees have already answered needs the chair's confirmation: their
 * answers were for the old time. Nothing changed; ask, then repeat with confirmation.
 */
@ApplicationException(rollback = true)
public class NeedsConfirmation extends RuntimeException {

  private final int answered;

  public NeedsConfirmation(int answered) {
    super(answered + " invitee(s) have answered for the current time; confirm to move the meeting");
    this.answered = answered;
  }

  public int answered() {
    return answered;
  }
}
