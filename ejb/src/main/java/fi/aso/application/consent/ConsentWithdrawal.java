package fi.aso.application.consent;

import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.ConsentWithdrawn;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * How a consent is withdrawn, whoever asks (staff through {@link ConsentRegistry}, the client
 * through their own link in {@link ElectronicConsent}); callers have checked who may. Not a bean,
 * so that it cannot be called past those checks.
 */
final class ConsentWithdrawal {

  private ConsentWithdrawal() {}

  /**
   * Withdraws the consent in force from the given organisations, or wholly when they are null or
   * every organisation the consent still names; the one place a withdrawal happens, for staff and
   * for the client's own withdrawal link alike. Audits through the given recorder (staff: the
   * caller; client: recorded as the client).
   */
  static Set<Long> withdraw(
      ConsentRepository consents,
      ClientCaseRepository cases,
      ConsentEvents events,
      ClientCase clientCase,
      Set<Long> organisations,
      String actor,
      Consumer<AuditRecord> auditor,
      Instant now) {
    long caseId = clientCase.id();
    Consent inForce =
        consents
            .historyOf(caseId)
            .inForce(now)
            .orElseThrow(
                () ->
                    new Refusal("consent.noneInForce", "there is no consent in force to withdraw"));
    Set<Long> named =
        inForce.recipients().stream()
            .filter(r -> r.withdrawnAt().isEmpty())
            .map(r -> r.organisationId())
            .collect(Collectors.toUnmodifiableSet());
    boolean wholly = organisations == null || organisations.containsAll(named);
    Set<Long> lost;
    if (wholly) {
      lost = named;
      inForce.withdraw(actor, now);
      ConsentRegistry.moveOn(
          cases, clientCase, CaseState.CONSENT_WITHDRAWN, actor, "consent withdrawn", now);
    } else {
      if (organisations.isEmpty() || !named.containsAll(organisations)) {
        throw new Refusal(
            "consent.notNamed", "the consent does not name organisation(s) " + organisations);
      }
      organisations.forEach(o -> inForce.withdrawFor(o, actor, now));
      lost = Set.copyOf(organisations);
    }
    auditor.accept(
        AuditRecord.success(
                AuditAction.UPDATE,
                "Consent",
                caseId + "/" + inForce.versionNo(),
                wholly
                    ? "consent withdrawn wholly"
                    : "consent withdrawn for organisation(s) " + new TreeSet<>(lost))
            .aboutClientCase(caseId));
    events.withdrawn(new ConsentWithdrawn(caseId, inForce.versionNo(), lost, wholly, now));
    return lost;
  }
}
