package fi.aso.application.consent;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.throttle.Throttle;
import fi.aso.domain.Refusal;
import fi.aso.domain.TokenHash;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.ConsentInvitationRepository;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.Organisation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client gives consent themselves: the case worker makes a one-time invitation (a link and a
 * short code), the client opens it on a tablet or their own phone, enters the code, sees in plain
 * language what is proposed to whom, accepts or refuses each agency and confirms with their name. A
 * wrong, expired or used link reveals nothing about the client, and the page never shows the
 * client's name or data: only the agencies and what each would receive.
 */
@Stateless
public class ElectronicConsent {

  /**
   * The version of the consent page's wording; the receipt repeats the exact text of it. 2: the
   * page also says who asks, until when, who the controller is and that refusing harms nothing.
   */
  public static final String TEXT_VERSION = "e-2026-2";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ClientCaseRepository cases;
  @Inject ConsentRepository consents;
  @Inject CaseAccess access;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject ConsentEvents events;
  @Inject ConsentLinkThrottle throttle;
  @Inject ConsentCodeCheck codes;

  @Inject ConsentInvitationRepository invitations;

  /** A consent is valid at most this many years from when it is given (longer: a typing error). */
  @Inject
  @ConfigProperty(name = "aso.consent.max-validity-years")
  int maxValidityYears = 5;

  Clock clock = Clock.systemUTC();

  public ElectronicConsent() {}

  /** For tests outside the container. */
  public ElectronicConsent(
      ClientCaseRepository cases,
      ConsentRepository consents,
      ConsentInvitationRepository invitations,
      CaseAccess access,
      AuditTrail audit,
      CallerIdentity caller,
      ConsentEvents events,
      ConsentLinkThrottle throttle,
      ConsentCodeCheck codes,
      Clock clock) {
    this.cases = cases;
    this.consents = consents;
    this.invitations = invitations;
    this.access = access;
    this.audit = audit;
    this.caller = caller;
    this.events = events;
    this.throttle = throttle;
    this.codes = codes;
    this.clock = clock;
  }

  /**
   * What the case worker hands to the client: the link token and the code (shown once); the id
   * revokes the link.
   */
  public record Issued(long id, String token, String code, Instant expiresAt) {}

  /**
   * What the client sees after entering the right code: agencies and what each would receive, or
   * (withdrawal) what each may receive now under the consent in force; and who asks: the region's
   * group and the organisation of the client's case worker (no person's name).
   */
  public record Proposal(
      String language,
      LocalDate validUntil,
      Map<Long, Agency> agencies,
      boolean withdrawal,
      String group,
      String askedBy) {}

  /** One agency as the client sees it. */
  public record Agency(long organisationId, String name, Set<InformationCategory> categories) {}

  /** A region's chair or case worker invites the client to consent electronically. */
  public Issued invite(
      long caseId,
      Map<Long, Set<InformationCategory>> proposed,
      LocalDate validUntil,
      String language) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    ConsentGrant.checkValidity(validUntil, clock, maxValidityYears);
    Map<Long, Organisation> network = access.networkOrganisations(clientCase, proposed.keySet());
    Map<Organisation, Set<InformationCategory>> organisations = new LinkedHashMap<>();
    proposed.forEach(
        (organisationId, categories) -> organisations.put(network.get(organisationId), categories));
    String token = newToken();
    String code = newCode();
    Instant now = clock.instant();
    ConsentInvitation invitation =
        new ConsentInvitation(
            clientCase, token, code, language, validUntil, organisations, caller.name(), now);
    invitations.store(invitation);
    if (clientCase.state().canMoveTo(CaseState.CONSENT_PENDING)) {
      cases.record(
          clientCase.moveTo(
              CaseState.CONSENT_PENDING,
              caller.name(),
              "electronic consent invited",
              now.atOffset(ZoneOffset.UTC)));
    }
    audit.record(
        AuditRecord.success(
                AuditAction.CREATE,
                "ConsentInvitation",
                String.valueOf(caseId),
                "electronic consent invited")
            .aboutClientCase(caseId));
    return new Issued(invitation.id(), token, code, invitation.expiresAt());
  }

  /**
   * A region's chair or case worker gives the client a link to withdraw their consent themselves
   * (wholly or for some agencies), e.g. on the client's own phone; needs a consent in force.
   */
  public Issued inviteWithdrawal(long caseId, String language) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    Instant now = clock.instant();
    Consent inForce =
        consents
            .historyOf(caseId)
            .inForce(now)
            .orElseThrow(
                () ->
                    new Refusal("consent.noneInForce", "there is no consent in force to withdraw"));
    String token = newToken();
    String code = newCode();
    ConsentInvitation invitation =
        ConsentInvitation.forWithdrawal(
            clientCase, token, code, language, inForce.validUntil(), caller.name(), now);
    invitations.store(invitation);
    audit.record(
        AuditRecord.success(
                AuditAction.CREATE,
                "ConsentInvitation",
                String.valueOf(caseId),
                "consent withdrawal link")
            .aboutClientCase(caseId));
    return new Issued(invitation.id(), token, code, invitation.expiresAt());
  }

  /**
   * A region's chair or case worker revokes a link of the case (handed to the wrong person, say):
   * it stops working at once. A link already used or expired stays as it is; revoking it again
   * changes nothing. Returns whether it was open until now.
   */
  public boolean revoke(long caseId, long linkId) {
    access.forRegionStaff(caseId);
    ConsentInvitation invitation =
        invitations
            .find(linkId)
            .filter(i -> i.clientCase().id() == caseId)
            .orElseThrow(NotFound::new);
    boolean revoked = invitation.revoke(clock.instant());
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE,
                "ConsentInvitation",
                String.valueOf(linkId),
                "consent link revoked")
            .aboutClientCase(caseId));
    return revoked;
  }

  /** Whether a link is still usable (the page then asks for the code). Reveals nothing else. */
  public boolean isOpen(String token) {
    return find(token).filter(i -> i.isOpenAt(clock.instant())).isPresent();
  }

  /**
   * Whether a usable link is one for withdrawing consent, so that its first page is titled as such.
   * Reveals nothing of the client: the person holding the link was told what it is for.
   */
  public boolean isOpenForWithdrawal(String token) {
    return find(token)
        .filter(i -> i.isOpenAt(clock.instant()))
        .filter(i -> i.purpose() == ConsentInvitation.Purpose.WITHDRAW)
        .isPresent();
  }

  /**
   * The proposal, if the code is right. A wrong code counts towards locking the invitation and is
   * audited; the answer does not say whether the link or the code was wrong. Every try is counted
   * against the address first and given back if it was right; tries from an address that has failed
   * too often lately get no answer at all (see {@link ConsentLinkThrottle}).
   */
  public Optional<Proposal> proposal(String token, String code, String fromAddress) {
    Instant now = clock.instant();
    Throttle.Attempt attempt = throttle.admit(fromAddress, now);
    if (!attempt.admitted()) {
      audit.recordAs(
          "client",
          new AuditRecord(
              AuditAction.ACCESS_DENIED,
              "ConsentInvitation",
              "-",
              null,
              "consent code tried too often from one address",
              AuditOutcome.DENIED));
      return Optional.empty();
    }
    Optional<ConsentInvitation> invitation = find(token);
    if (invitation.isEmpty() || !codes.accepts(invitation.get(), token, code, now)) {
      invitation.ifPresent(
          i ->
              audit.recordAs(
                  "client",
                  new AuditRecord(
                      AuditAction.ACCESS_DENIED,
                      "ConsentInvitation",
                      String.valueOf(i.id()),
                      i.clientCase().id(),
                      "wrong or late consent code",
                      AuditOutcome.DENIED)));
      return Optional.empty();
    }
    throttle.forgive(attempt);
    ConsentInvitation i = invitation.get();
    Map<Long, Agency> agencies = new LinkedHashMap<>();
    if (i.purpose() == ConsentInvitation.Purpose.WITHDRAW) {
      consents
          .historyOf(i.clientCase().id())
          .inForce(clock.instant())
          .ifPresent(
              c ->
                  c.recipients().stream()
                      .filter(r -> r.withdrawnAt().isEmpty())
                      .forEach(
                          r ->
                              agencies.put(
                                  r.organisationId(),
                                  new Agency(
                                      r.organisationId(),
                                      r.organisation().name(),
                                      r.categories()))));
      return Optional.of(proposal(i, agencies, true));
    }
    i.proposed()
        .forEach((o, categories) -> agencies.put(o.id(), new Agency(o.id(), o.name(), categories)));
    return Optional.of(proposal(i, agencies, false));
  }

  private static Proposal proposal(
      ConsentInvitation invitation, Map<Long, Agency> agencies, boolean withdrawal) {
    ClientCase clientCase = invitation.clientCase();
    String group = clientCase.region().name();
    String askedBy = clientCase.caseWorker().organisation().map(Organisation::name).orElse(group);
    return new Proposal(
        invitation.language(),
        invitation.consentValidUntil(),
        agencies,
        withdrawal,
        group,
        askedBy);
  }

  /**
   * The client withdraws their consent from the chosen agencies (all of them: wholly), confirmed
   * with their name. Takes effect at once, like a withdrawal recorded by staff.
   */
  public Set<Long> withdraw(
      String token, String code, Set<Long> withdrawFrom, String confirmedName) {
    ConsentInvitation invitation = usable(token, code);
    if (invitation.purpose() != ConsentInvitation.Purpose.WITHDRAW) {
      throw new Refusal("consent.linkInvalid", "the consent link is not valid");
    }
    requireName(confirmedName);
    if (withdrawFrom == null || withdrawFrom.isEmpty()) {
      throw new Refusal("consent.chooseAgency", "choose at least one agency");
    }
    ClientCase clientCase = invitation.clientCase();
    Consent inForce =
        consents
            .historyOf(clientCase.id())
            .inForce(clock.instant())
            .orElseThrow(
                () ->
                    new Refusal("consent.noneInForce", "there is no consent in force to withdraw"));
    Set<Long> lost =
        ConsentWithdrawal.withdraw(
            consents,
            cases,
            events,
            clientCase,
            withdrawFrom,
            "client (electronic)",
            r -> audit.recordFor("client", r),
            clock.instant());
    invitation.completeWith(inForce, clock.instant());
    return lost;
  }

  /** The link if it takes the code now (a wrong code is counted even though the call fails). */
  private ConsentInvitation usable(String token, String code) {
    Instant now = clock.instant();
    return find(token)
        .filter(invitation -> codes.accepts(invitation, token, code, now))
        .orElseThrow(() -> new Refusal("consent.linkInvalid", "the consent link is not valid"));
  }

  private static void requireName(String confirmedName) {
    if (confirmedName == null || confirmedName.isBlank()) {
      throw new Refusal("consent.confirmName", "confirm with your name");
    }
  }

  private static String newToken() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /**
   * The client's answer: the agencies they accept (any, all or none), confirmed with their name.
   * Records the consent (ELECTRONIC), uses up the invitation and moves the case on.
   */
  public Consent answer(String token, String code, Set<Long> accepted, String confirmedName) {
    ConsentInvitation invitation = usable(token, code);
    if (invitation.purpose() != ConsentInvitation.Purpose.GIVE) {
      throw new Refusal("consent.linkInvalid", "the consent link is not valid");
    }
    Instant now = clock.instant();
    ClientCase clientCase = invitation.clientCase();
    Map<Organisation, Set<InformationCategory>> grants = new HashMap<>();
    invitation
        .proposed()
        .forEach(
            (o, categories) -> {
              if (accepted.contains(o.id())) {
                grants.put(o, categories);
              }
            });
    var history = consents.historyOf(clientCase.id());
    boolean hadConsent = history.inForce(now).isPresent();
    Consent consent =
        history.give(
            clientCase,
            ConsentMethod.ELECTRONIC,
            TEXT_VERSION + "-" + invitation.language(),
            now,
            invitation.consentValidUntil(),
            "client (electronic)",
            grants);
    consent.confirmedBy(confirmedName);
    consents.store(consent);
    ConsentRegistry.announceDropped(events, history, consent, clientCase.id());
    invitation.completeWith(consent, now);
    ConsentRegistry.moveOn(
        cases,
        clientCase,
        ConsentRegistry.afterConsent(grants.isEmpty(), hadConsent),
        "client",
        "electronic consent",
        now);
    audit.recordFor(
        "client",
        AuditRecord.success(
                AuditAction.CREATE,
                "Consent",
                clientCase.id() + "/" + consent.versionNo(),
                "electronic consent given")
            .aboutClientCase(clientCase.id()));
    return consent;
  }

  private Optional<ConsentInvitation> find(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return invitations.withTokenHash(TokenHash.of(token));
  }
}
