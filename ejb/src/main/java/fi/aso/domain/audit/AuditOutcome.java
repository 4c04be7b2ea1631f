package fi.aso.domain.audit;

/** Whether the audited attempt succeeded. Denied attempts are audited too. */
public enum AuditOutcome {
  SUCCESS,
  DENIED,
  FAILED
}
