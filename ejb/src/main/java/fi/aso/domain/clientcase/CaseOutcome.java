package fi.aso.domain.clientcase;

/** How a case ended: what became of the client's housing (a case cannot be closed without one). */
public enum CaseOutcome {
  HOUSED,
  HOUSED_WITH_SUPPORT,
  NOT_HOUSED,
  DECLINED,
  MOVED_AWAY,
  OTHER
}
