package fi.aso.application.steering;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.links.SignedTokens;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceReferral;
import fi.aso.domain.servicemap.SteeringRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The provider's contact person answers a referral from the link in its mail, without signing in:
 * the signed link is the key ({@link ReferralLinks}). Whoever holds the link sees only what the
 * signed-in partner's referral list shows of it (the case reference, the service, where it stands,
 * the day to answer by), and only while the client's consent still names the provider and the
 * person the link was mailed to is still one of its active contact persons; never the client's
 * name. Each opening and each step is audited on the client's access report, the step as taken by
 * the mail's link of that contact person.
 */
@Stateless
public class ReferralAnswers {

  /** The actor of what is done through a referral's link (a word on the pages and the report). */
  public static final String ACTOR = "referral link";

  @Inject ReferralLinks links;
  @Inject SteeringRepository steering;
  @Inject OrganisationRepository organisations;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;
  @Inject UnitOfWork unitOfWork;

  Clock clock = Clock.systemUTC();

  public ReferralAnswers() {}

  /** For tests outside the container. */
  public ReferralAnswers(
      ReferralLinks links,
      SteeringRepository steering,
      OrganisationRepository organisations,
      ConsentPolicy policy,
      AuditTrail audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.links = links;
    this.steering = steering;
    this.organisations = organisations;
    this.policy = policy;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** The states the page tells apart. */
  public enum State {
    /** Open: the referral and the steps the provider may take. */
    OPEN,
    /** Declined or ended: the link has done its work and changes nothing more. */
    CLOSED,
    /** A genuine link past its time. */
    EXPIRED,
    /** The consent no longer names the provider, or the person is no longer its contact. */
    WITHDRAWN,
    /** Not a link of ours, or altered. */
    INVALID
  }

  /** The page's content; the referral's facts only in the OPEN state. */
  public record Shown(
      State state,
      long version,
      String caseReference,
      String serviceNameFi,
      String serviceNameSv,
      String serviceNameEn,
      String organisation,
      ReferralState referralState,
      LocalDate dueDate,
      List<ReferralState> next) {

    static Shown only(State state) {
      return new Shown(state, 0, null, null, null, null, null, null, null, List.of());
    }

    public boolean isOpen() {
      return state == State.OPEN;
    }

    /** Whether declining is one of the next steps (the page then asks for the reason). */
    public boolean declinable() {
      return next.contains(ReferralState.DECLINED);
    }

    /** The service's name in a language (fi, sv or en), Finnish where it has none in it. */
    public String serviceName(String language) {
      return ServiceDescription.nameIn(language, serviceNameFi, serviceNameSv, serviceNameEn);
    }
  }

  /** What became of a step posted to the link. */
  public enum Outcome {
    SAVED,
    /** No step, or one the page did not offer. */
    NOT_CHOSEN,
    /** Someone took a step in between (the page showed an older version): nothing saved. */
    CHANGED,
    /** A decline without its reason. */
    REASON_MISSING,
    /** A reason longer than a referral keeps. */
    TOO_LONG,
    /** The link offers no step (see {@link State}): nothing saved. */
    NOT_ANSWERABLE
  }

  /** What the link shows now; an open referral's opening is audited. */
  public Shown show(String token) {
    Found found = find(token);
    if (found.state() != State.OPEN) {
      return Shown.only(found.state());
    }
    ServiceReferral r = found.referral();
    audit.recordFor(
        ACTOR,
        AuditRecord.success(
                AuditAction.READ,
                "ServiceReferral",
                String.valueOf(r.id()),
                "service referral link opened by contact person " + found.contactId())
            .aboutClientCase(r.clientCase().id()));
    var d = r.service().description();
    return new Shown(
        State.OPEN,
        r.version(),
        r.clientCase().reference(),
        d.nameFi(),
        d.nameSv(),
        d.nameEn(),
        r.service().provider().name(),
        r.state(),
        r.action().dueDate(),
        r.state().next().stream().sorted().toList());
  }

  /**
   * A step from the link, if the referral is still as the page showed it ({@code version}); a
   * decline says why. The referral's action follows as when the step is taken signed in.
   */
  public Outcome answer(String token, long version, ReferralState next, String reason) {
    Found found = find(token);
    if (found.state() != State.OPEN) {
      return Outcome.NOT_ANSWERABLE;
    }
    ServiceReferral referral = found.referral();
    if (referral.version() != version) {
      return Outcome.CHANGED;
    }
    if (next == null || !referral.state().canMoveTo(next)) {
      return Outcome.NOT_CHOSEN;
    }
    try {
      ReferralSteps.take(referral, next, reason, ACTOR, clock.instant());
    } catch (Refusal refused) {
      return "referral.reason".equals(refused.code()) ? Outcome.REASON_MISSING : Outcome.TOO_LONG;
    }
    unitOfWork.flush();
    audit.recordFor(
        ACTOR,
        AuditRecord.success(
                AuditAction.UPDATE,
                "ServiceReferral",
                String.valueOf(referral.id()),
                "service referral " + next + " by the link of contact person " + found.contactId())
            .aboutClientCase(referral.clientCase().id()));
    return Outcome.SAVED;
  }

  private record Found(State state, ServiceReferral referral, long contactId) {

    static Found only(State state) {
      return new Found(state, null, 0);
    }
  }

  private Found find(String token) {
    ReferralLinks.Checked checked = links.check(token);
    if (checked.status() == SignedTokens.Status.EXPIRED) {
      return Found.only(State.EXPIRED);
    }
    Optional<ServiceReferral> referral =
        checked.isValid() ? steering.findReferral(checked.referralId()) : Optional.empty();
    if (referral.isEmpty()) {
      return Found.only(State.INVALID);
    }
    ServiceReferral r = referral.get();
    long providerId = r.service().provider().id();
    boolean stillTheirs =
        organisations
            .findContact(checked.contactId())
            .filter(ContactPerson::isActive)
            .filter(c -> c.organisation().id() == providerId)
            .isPresent();
    if (!stillTheirs
        || !policy
            .decide(r.clientCase().id(), providerId, InformationCategory.IDENTITY_AND_RELEASE)
            .allowed()) {
      return Found.only(State.WITHDRAWN);
    }
    if (!r.state().isOpen()) {
      return Found.only(State.CLOSED);
    }
    return new Found(State.OPEN, r, checked.contactId());
  }
}
