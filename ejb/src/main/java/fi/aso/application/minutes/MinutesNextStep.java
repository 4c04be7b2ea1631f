package fi.aso.application.minutes;

/** What a version of the minutes waits for, and from whom (see {@link MinutesSteps}). */
public enum MinutesNextStep {
  /** Review, by any chair or case worker of the region (no second person asked for). */
  REVIEW,
  /** Review, by a chair or case worker of the region other than the one who made the version. */
  REVIEW_BY_SECOND_PERSON,
  /** Approval, by a chair of the region. */
  APPROVAL,
  /** Nothing: approved (a change is a correction, a new version). */
  NONE
}
