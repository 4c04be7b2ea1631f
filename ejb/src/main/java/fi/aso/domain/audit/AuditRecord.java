package fi.aso.domain.audit;

import java.util.Objects;

/**
 * What a caller asks the audit trail to write. The trail adds who and when itself, so callers
 * cannot forge either.
 *
 * @param clientCaseId the client case the data belongs to, when it is client data: this is what
 *     answers a client's "who saw my data" question
 * @param purpose why: the use case or reason, never client data itself
 */
public record AuditRecord(
    AuditAction action,
    String objectType,
    String objectId,
    Long clientCaseId,
    String purpose,
    AuditOutcome outcome) {

  public AuditRecord {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    if (objectType == null || objectType.isBlank()) {
      throw new IllegalArgumentException("objectType is required");
    }
    if (purpose == null || purpose.isBlank()) {
      throw new IllegalArgumentException("an audit record must say why (purpose)");
    }
    if (purpose.length() > 500) {
      throw new IllegalArgumentException("purpose is limited to 500 characters");
    }
  }

  public static AuditRecord success(
      AuditAction action, String objectType, String objectId, String purpose) {
    return new AuditRecord(action, objectType, objectId, null, purpose, AuditOutcome.SUCCESS);
  }

  public AuditRecord aboutClientCase(long caseId) {
    return new AuditRecord(action, objectType, objectId, caseId, purpose, outcome);
  }

  public AuditRecord withOutcome(AuditOutcome newOutcome) {
    return new AuditRecord(action, objectType, objectId, clientCaseId, purpose, newOutcome);
  }
}
