package fi.aso.application.steering;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.staff.Caller;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.ServiceReferral;
import fi.aso.domain.servicemap.SteeringRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The referral's path after the meeting: the provider's contact person accepts or declines (with a
 * reason), starts and ends it; the region's chairs and case workers see every referral of their
 * clients and may record a step the provider told them by phone. A provider sees its own referrals
 * only while the client's consent names it. Each step moves the referral's action along with it, so
 * the action list and the follow-up say the same. Every read and step is audited.
 */
@Stateless
public class ServiceReferrals {

  @Inject SteeringRepository steering;
  @Inject UnitOfWork unitOfWork;
  @Inject CaseAccess cases;
  @Inject Caller caller;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public ServiceReferrals() {}

  /** For tests outside the container. */
  public ServiceReferrals(
      SteeringRepository steering,
      UnitOfWork unitOfWork,
      CaseAccess cases,
      Caller caller,
      ConsentPolicy policy,
      AuditTrail audit,
      Clock clock) {
    this.steering = steering;
    this.unitOfWork = unitOfWork;
    this.cases = cases;
    this.caller = caller;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The referrals the caller works with: for a partner, those to their organisation's services
   * (consent still naming it); for a case worker, their own clients'; for a chair, the region's.
   */
  public List<ReferralView> mine() {
    return listed((user, r) -> true);
  }

  /**
   * For the home pages: a partner's referrals waiting for their answer, a case worker's (or
   * chair's) clients' referrals still open. Only those shown are read.
   */
  public List<ReferralView> toDo() {
    return listed(
        (user, r) -> isPartner(user) ? r.state() == ReferralState.REFERRED : r.state().isOpen());
  }

  private List<ReferralView> listed(BiPredicate<StaffMember, ServiceReferral> shownIf) {
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    List<ServiceReferral> found;
    if (isPartner(user)) {
      found = toOrganisation(user.organisationId());
    } else if (user.hasAny(Role.CHAIR, Role.CASE_WORKER) && user.region().isPresent()) {
      List<ServiceReferral> region = steering.referralsOfRegion(user.regionId());
      found =
          user.has(Role.CHAIR)
              ? region
              : region.stream().filter(r -> isCaseWorkerOf(user, r)).toList();
    } else {
      throw new CaseAccessDenied();
    }
    return found.stream()
        .filter(r -> shownIf.test(user, r))
        .map(r -> shown(r, user, "service referrals"))
        .toList();
  }

  /** A client's referrals, for the case page (the region's chairs and case workers). */
  public List<ReferralView> ofCase(long caseId) {
    cases.forRegionStaff(caseId);
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    return steering.referralsOfCase(caseId).stream()
        .map(r -> shown(r, user, "service referrals of the case"))
        .toList();
  }

  /** One referral, if the caller may see it. */
  public ReferralView get(long referralId) {
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    ServiceReferral referral = visibleTo(user, referralId);
    return shown(referral, user, "service referral");
  }

  /**
   * A step on the referral's path, if the referral is still as the caller saw it ({@code
   * expectedVersion}); declining says why. The referral's action follows: accepted or started is in
   * progress, ended is done, declined cannot be done (with the reason).
   */
  public ReferralView move(
      long referralId, long expectedVersion, ReferralState next, String reason) {
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    ServiceReferral referral = visibleTo(user, referralId);
    if (referral.version() != expectedVersion) {
      throw new ConcurrentEdit();
    }
    ReferralSteps.take(referral, next, reason, caller.name(), clock.instant());
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE,
                "ServiceReferral",
                String.valueOf(referralId),
                "service referral " + next)
            .aboutClientCase(referral.clientCase().id()));
    return ReferralView.of(referral, true);
  }

  private ServiceReferral visibleTo(StaffMember user, long referralId) {
    ServiceReferral referral = steering.findReferral(referralId).orElseThrow(CaseAccessDenied::new);
    if (!mayHandle(user, referral)) {
      throw new CaseAccessDenied();
    }
    return referral;
  }

  private boolean mayHandle(StaffMember user, ServiceReferral r) {
    long caseId = r.clientCase().id();
    if (isPartner(user)) {
      return r.service().provider().id().equals(user.organisationId())
          && policy
              .decide(caseId, user.organisationId(), InformationCategory.IDENTITY_AND_RELEASE)
              .allowed();
    }
    return user.hasAny(Role.CHAIR, Role.CASE_WORKER) && user.worksIn(r.clientCase().region().id());
  }

  private List<ServiceReferral> toOrganisation(long organisationId) {
    List<ServiceReferral> referrals = steering.referralsToOrganisation(organisationId);
    // the consents of all the clients in one read, not one per referral
    Set<Long> allowing =
        policy.casesAllowing(
            referrals.stream().map(r -> r.clientCase().id()).collect(Collectors.toSet()),
            organisationId,
            InformationCategory.IDENTITY_AND_RELEASE);
    return referrals.stream().filter(r -> allowing.contains(r.clientCase().id())).toList();
  }

  private ReferralView shown(ServiceReferral r, StaffMember user, String purpose) {
    audit.record(
        AuditRecord.success(AuditAction.READ, "ServiceReferral", String.valueOf(r.id()), purpose)
            .aboutClientCase(r.clientCase().id()));
    return ReferralView.of(r, mayHandle(user, r));
  }

  private static boolean isCaseWorkerOf(StaffMember user, ServiceReferral r) {
    var worker = r.clientCase().caseWorker();
    return worker != null && Long.valueOf(user.id()).equals(worker.id());
  }

  private static boolean isPartner(StaffMember user) {
    return user.has(Role.PARTNER) && user.organisation().isPresent();
  }
}
