package fi.aso.domain.meetingday;

/**
 * Who carries out an action: a consented organisation (and its contact), the client, or the case
 * worker.
 */
public enum Responsible {
  ORGANISATION,
  CLIENT,
  CASE_WORKER
}
