package fi.aso.domain.audit;

/** What was done to the audited object. */
public enum AuditAction {
  /** Client data was shown or returned to someone. */
  READ,
  CREATE,
  UPDATE,
  DELETE,
  /** Client data left the platform towards a recipient (invitation, minutes, advance info). */
  DISCLOSE,
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_OUT,
  ACCESS_DENIED
}
