package fi.aso.application.consent;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The client gives consent themselves: the case worker makes a one-time invitation (a link and a
 * short code), the client opens it on a tablet or their own phone, enters the code, sees in plain
 * language what is proposed to whom, accepts or refuses each agency and confirms with their name.
 * A wrong, expired or used link reveals nothing about the client, and the page never shows the
 * client's name or data: only the agencies and what each would receive.
 */
@Stateless
public class ElectronicConsent {

  /** The version of the consent page's wording; the receipt repeats the exact text of it. */
  public static final String TEXT_VERSION = "e-2026-1";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ClientCaseRepository cases;
  @Inject ConsentRepository consents;
  @Inject CaseAccess access;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject ConsentEvents events;

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  Clock clock = Clock.systemUTC();

  /** What the case worker hands to the client: the link token and the code (shown once). */
  public record Issued(String token, String code, Instant expiresAt) {}

  /** What the client sees after entering the right code: agencies and what each would receive. */
  public record Proposal(String language, LocalDate validUntil, Map<Long, Agency> agencies) {}

  /** One agency as the client sees it. */
  public record Agency(long organisationId, String name, Set<InformationCategory> categories) {}

  /** A region's chair or case worker invites the client to consent electronically. */
  public Issued invite(long caseId, Map<Long, Set<InformationCategory>> proposed, LocalDate validUntil, String language) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    Map<Long, Organisation> network = access.networkOrganisations(clientCase, proposed.keySet());
    Map<Organisation, Set<InformationCategory>> organisations = new LinkedHashMap<>();
    proposed.forEach((organisationId, categories) -> organisations.put(network.get(organisationId), categories));
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    Instant now = clock.instant();
    ConsentInvitation invitation =
        new ConsentInvitation(clientCase, token, code, language, validUntil, organisations, caller.name(), now);
    em.persist(invitation);
    if (clientCase.state().canMoveTo(CaseState.CONSENT_PENDING)) {
      cases.record(clientCase.moveTo(CaseState.CONSENT_PENDING, caller.name(), "electronic consent invited", now.atOffset(ZoneOffset.UTC)));
    }
    audit.record(AuditRecord.success(AuditAction.CREATE, "ConsentInvitation", String.valueOf(caseId), "electronic consent invited")
        .aboutClientCase(caseId));
    return new Issued(token, code, invitation.expiresAt());
  }

  /** Whether a link is still usable (the page then asks for the code). Reveals nothing else. */
  public boolean isOpen(String token) {
    return find(token).filter(i -> i.isOpenAt(clock.instant())).isPresent();
  }

  /**
   * The proposal, if the code is right. A wrong code counts towards locking the invitation and is
   * audited; the answer does not say whether the link or the code was wrong.
   */
  public Optional<Proposal> proposal(String token, String code) {
    Optional<ConsentInvitation> invitation = find(token);
    if (invitation.isEmpty() || !invitation.get().acceptsCode(token, code, clock.instant())) {
      invitation.ifPresent(i -> audit.recordAs("client",
          new AuditRecord(AuditAction.ACCESS_DENIED, "ConsentInvitation", String.valueOf(i.id()), i.clientCase().id(),
              "wrong or late consent code", AuditOutcome.DENIED)));
      return Optional.empty();
    }
    ConsentInvitation i = invitation.get();
    Map<Long, Agency> agencies = new LinkedHashMap<>();
    i.proposed().forEach((o, categories) -> agencies.put(o.id(), new Agency(o.id(), o.name(), categories)));
    return Optional.of(new Proposal(i.language(), i.consentValidUntil(), agencies));
  }

  /**
   * The client's answer: the agencies they accept (any, all or none), confirmed with their name.
   * Records the consent (ELECTRONIC), uses up the invitation and moves the case on.
   */
  public Consent answer(String token, String code, Set<Long> accepted, String confirmedName) {
    ConsentInvitation invitation = find(token).orElseThrow(() -> new IllegalArgumentException("the consent link is not valid"));
    Instant now = clock.instant();
    if (!invitation.acceptsCode(token, code, now)) {
      throw new IllegalArgumentException("the consent link is not valid");
    }
    ClientCase clientCase = invitation.clientCase();
    Map<Organisation, Set<InformationCategory>> grants = new HashMap<>();
    invitation.proposed().forEach((o, categories) -> {
      if (accepted.contains(o.id())) {
        grants.put(o, categories);
      }
    });
    var history = consents.historyOf(clientCase.id());
    boolean hadConsent = history.inForce(now).isPresent();
    Consent consent =
        history.give(clientCase, ConsentMethod.ELECTRONIC, TEXT_VERSION + "-" + invitation.language(), now,
            invitation.consentValidUntil(), "client (electronic)", grants);
    consent.confirmedBy(confirmedName);
    consents.store(consent);
    ConsentRegistry.announceDropped(events, history, consent, clientCase.id());
    invitation.completeWith(consent, now);
    ConsentRegistry.moveOn(cases, clientCase, ConsentRegistry.afterConsent(grants.isEmpty(), hadConsent), "client",
        "electronic consent", now);
    audit.recordFor("client",
        AuditRecord.success(AuditAction.CREATE, "Consent", clientCase.id() + "/" + consent.versionNo(), "electronic consent given")
            .aboutClientCase(clientCase.id()));
    return consent;
  }

  private Optional<ConsentInvitation> find(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("ConsentInvitation.byTokenHash", ConsentInvitation.class)
        .setParameter("hash", ConsentInvitation.hash(token))
        .getResultStream()
        .findFirst();
  }
}
