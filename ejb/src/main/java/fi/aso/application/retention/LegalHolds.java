package fi.aso.application.retention;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.retention.LegalHold;
import fi.aso.domain.retention.RetentionStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * A legal hold keeps a case from retention (a complaint, a claim or an authority's request that
 * needs the record): set and released by a chair of the case's region, with a reason, audited.
 */
@Stateless
public class LegalHolds {

  @Inject RetentionStore store;
  @Inject CaseAccess access;
  @Inject AuditTrail audit;
  @Inject Caller caller;

  Clock clock = Clock.systemUTC();

  public LegalHolds() {}

  /** For tests outside the container. */
  public LegalHolds(
      RetentionStore store, CaseAccess access, AuditTrail audit, Caller caller, Clock clock) {
    this.store = store;
    this.caller = caller;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The case's hold, for its region's chairs and case workers. */
  public Optional<LegalHold> of(long caseId) {
    access.forRegionStaff(caseId);
    return store.legalHold(caseId);
  }

  public LegalHold hold(long caseId, String reason) {
    access.forChair(caseId);
    if (reason == null || reason.isBlank()) {
      throw new Refusal("retention.holdReasonMissing", "a legal hold needs a reason");
    }
    String why = Texts.atMost(reason, 500, "the reason").strip();
    store.setLegalHold(caseId, why, caller.name(), clock.instant());
    record(caseId, "legal hold set");
    return store.legalHold(caseId).orElseThrow();
  }

  public void release(long caseId) {
    access.forChair(caseId);
    store.setLegalHold(caseId, null, null, clock.instant());
    record(caseId, "legal hold released");
  }

  private void record(long caseId, String purpose) {
    audit.record(
        AuditRecord.success(AuditAction.UPDATE, "client_case", String.valueOf(caseId), purpose)
            .aboutClientCase(caseId));
  }
}
