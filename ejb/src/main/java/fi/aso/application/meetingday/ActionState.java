package fi.aso.application.meetingday;

import fi.aso.domain.meetingday.ActionStatus;

/**
 * The states an action list is filtered by: open (open or in progress), overdue (open and past its
 * due date), done, and cannot be done.
 */
public enum ActionState {
  OPEN,
  OVERDUE,
  DONE,
  CANNOT_BE_DONE;

  boolean holdsFor(ActionView action) {
    return switch (this) {
      case OPEN -> action.status().isOpen();
      case OVERDUE -> action.overdue();
      case DONE -> action.status() == ActionStatus.DONE;
      case CANNOT_BE_DONE -> action.status() == ActionStatus.CANNOT_BE_DONE;
    };
  }
}
