package fi.aso.domain.meetingday;

/** Where an agreed action stands; "cannot be done" needs a note saying why. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE,
  CANNOT_BE_DONE;

  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
