package fi.aso.application.consent;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentDocument;
import fi.aso.domain.consent.ConsentHistory;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.ConsentWithdrawn;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recording and withdrawing consent on the client's behalf (a signed paper form, or the client's
 * word to the case worker). Only the region's chairs and case workers may do it. Recording moves
 * the case on (consent given: ready for a meeting; all refused: consent refused); withdrawal takes
 * effect at once and is announced as a {@link ConsentWithdrawn} event.
 */
@Stateless
public class ConsentRegistry {

  @Inject ClientCaseRepository cases;
  @Inject ConsentRepository consents;
  @Inject CaseAccess access;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject ConsentEvents events;
  @Inject DataProtection protection;

  /** A consent is valid at most this many years from when it is given (longer: a typing error). */
  @Inject
  @ConfigProperty(name = "aso.consent.max-validity-years")
  int maxValidityYears = 5;

  Clock clock = Clock.systemUTC();

  public ConsentRegistry() {}

  /** For tests outside the container. */
  public ConsentRegistry(
      ClientCaseRepository cases,
      ConsentRepository consents,
      CaseAccess access,
      AuditTrail audit,
      CallerIdentity caller,
      ConsentEvents events,
      DataProtection protection,
      Clock clock) {
    this.cases = cases;
    this.consents = consents;
    this.access = access;
    this.audit = audit;
    this.caller = caller;
    this.events = events;
    this.protection = protection;
    this.clock = clock;
  }

  /** Records a consent from a signed paper form; returns the new version. */
  public Consent recordPaperConsent(long caseId, ConsentGrant grant) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    Instant now = clock.instant();
    Map<Long, Organisation> organisations =
        access.networkOrganisations(clientCase, grant.grants().keySet());
    ConsentGrant.checkValidity(grant.validUntil(), clock, maxValidityYears);
    Map<Organisation, Set<InformationCategory>> recipients = new HashMap<>();
    grant
        .grants()
        .forEach(
            (organisationId, categories) ->
                recipients.put(organisations.get(organisationId), categories));
    ConsentHistory history = consents.historyOf(caseId);
    if (grant.replacesVersion() != null && grant.replacesVersion() != history.versions().size()) {
      throw new ConcurrentEdit();
    }
    boolean hadConsent = history.inForce(now).isPresent();
    Consent consent =
        consents.store(
            history.give(
                clientCase,
                ConsentMethod.PAPER,
                grant.textVersion(),
                now,
                grant.validUntil(),
                caller.name(),
                recipients));
    announceDropped(events, history, consent, caseId);
    moveOn(
        cases,
        clientCase,
        afterConsent(grant.refusesAll(), hadConsent),
        caller.name(),
        "consent recorded",
        now);
    audit.record(
        AuditRecord.success(
                AuditAction.CREATE,
                "Consent",
                String.valueOf(caseId) + "/" + consent.versionNo(),
                "paper consent recorded")
            .aboutClientCase(caseId));
    return consent;
  }

  /**
   * Withdraws the consent in force, for one organisation or (organisationId null) wholly. Returns
   * the organisations that lost it.
   */
  public Set<Long> withdraw(long caseId, Long organisationId) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    return ConsentWithdrawal.withdraw(
        consents,
        cases,
        events,
        clientCase,
        organisationId == null ? null : Set.of(organisationId),
        caller.name(),
        audit::record,
        clock.instant());
  }

  /** The case's consent versions, for its page; a read of client data, so audited. */
  public List<Consent> history(long caseId) {
    access.forRegionStaff(caseId);
    audit.record(
        AuditRecord.success(AuditAction.READ, "Consent", String.valueOf(caseId), "consent history")
            .aboutClientCase(caseId));
    return consents.historyOf(caseId).versions();
  }

  /** The scanned form of a consent version, opened, with its name and type. */
  public record Scan(String fileName, String contentType, byte[] content) {}

  /**
   * Attaches the scanned, signed paper form to a paper consent version, stored sealed; a second
   * upload replaces the first (audited as a change). Only a PDF, JPEG or PNG as its bytes show it
   * ({@link ScanContent}), and a PDF without scripts, automatic actions or embedded files; the type
   * the uploader declared is not asked.
   */
  public void attachScan(long caseId, int version, String fileName, byte[] content) {
    access.forRegionStaff(caseId);
    Consent consent = versionOf(caseId, version);
    String type = ScanContent.check(content);
    String sha256 = DataProtection.sha256(content);
    byte[] sealed = protection.seal(content);
    Optional<ConsentDocument> earlier = consents.documentOf(consent.id());
    if (earlier.isPresent()) {
      earlier
          .get()
          .replace(fileName, type, content.length, sha256, sealed, caller.name(), clock.instant());
    } else {
      consents.storeDocument(
          new ConsentDocument(
              consent,
              fileName,
              type,
              content.length,
              sha256,
              sealed,
              caller.name(),
              clock.instant()));
    }
    audit.record(
        AuditRecord.success(
                earlier.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                "ConsentDocument",
                caseId + "/" + version,
                earlier.isPresent() ? "scanned consent form replaced" : "scanned consent form")
            .aboutClientCase(caseId));
  }

  /** The scanned form of a consent version, if there is one; a read of client data, audited. */
  public Optional<Scan> scan(long caseId, int version) {
    access.forRegionStaff(caseId);
    Consent consent = versionOf(caseId, version);
    var document = consents.documentOf(consent.id());
    document.ifPresent(
        d ->
            audit.record(
                AuditRecord.success(
                        AuditAction.READ,
                        "ConsentDocument",
                        caseId + "/" + version,
                        "scanned consent form")
                    .aboutClientCase(caseId)));
    return document.map(d -> new Scan(d.fileName(), d.contentType(), protection.open(d.sealed())));
  }

  private Consent versionOf(long caseId, int version) {
    return consents.historyOf(caseId).versions().stream()
        .filter(c -> c.versionNo() == version)
        .findFirst()
        // a version of another case, or none: not found
        .orElseThrow(NotFound::new);
  }

  /** A new version that leaves out organisations withdraws the consent from them: say so. */
  static void announceDropped(
      ConsentEvents events, ConsentHistory before, Consent newVersion, long caseId) {
    ConsentHistory after = new ConsentHistory(appended(before.versions(), newVersion));
    Set<Long> dropped = after.droppedBy(newVersion);
    if (!dropped.isEmpty()) {
      int previous = newVersion.versionNo() - 1;
      events.withdrawn(
          new ConsentWithdrawn(caseId, previous, dropped, false, newVersion.givenAt()));
    }
  }

  private static List<Consent> appended(List<Consent> versions, Consent added) {
    List<Consent> all = new ArrayList<>(versions);
    all.add(added);
    return all;
  }

  /**
   * Where a new consent version takes the case: something consented, ready for a meeting; nothing
   * consented, refused, or withdrawn if a consent was in force until now.
   */
  private static final java.util.Set<CaseState> ON_A_MEETING_OR_LATER =
      java.util.EnumSet.of(CaseState.SCHEDULED, CaseState.DISCUSSED, CaseState.FOLLOW_UP);

  static CaseState afterConsent(boolean nothingConsented, boolean hadConsentInForce) {
    if (!nothingConsented) {
      return CaseState.READY_FOR_MEETING;
    }
    return hadConsentInForce ? CaseState.CONSENT_WITHDRAWN : CaseState.CONSENT_REFUSED;
  }

  /**
   * Moves the case towards a state, through "consent pending" where the process needs it; a case
   * already further on (on a meeting, followed up) stays where it is.
   */
  static void moveOn(
      ClientCaseRepository cases,
      ClientCase clientCase,
      CaseState target,
      String actor,
      String reason,
      Instant now) {
    var at = now.atOffset(ZoneOffset.UTC);
    if (clientCase.state() == target) {
      return;
    }
    if (target == CaseState.READY_FOR_MEETING
        && ON_A_MEETING_OR_LATER.contains(clientCase.state())) {
      // a new consent version of a client already on a meeting (or discussed, followed up) does
      // not put them back in the queue: that would offer them for a second slot
      return;
    }
    if (!clientCase.state().canMoveTo(target)
        && clientCase.state().canMoveTo(CaseState.CONSENT_PENDING)) {
      cases.record(clientCase.moveTo(CaseState.CONSENT_PENDING, actor, reason, at));
    }
    if (clientCase.state().canMoveTo(target)) {
      cases.record(clientCase.moveTo(target, actor, reason, at));
    }
  }
}
