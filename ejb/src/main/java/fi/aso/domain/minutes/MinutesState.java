package fi.aso.domain.minutes;

/** Minutes are drafted, reviewed, then approved (and from then on never change). */
public enum MinutesState {
  DRAFT,
  REVIEWED,
  APPROVED
}
