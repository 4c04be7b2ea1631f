package fi.aso.application.referral;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.clientcase.DataProtection;
import fi.aso.application.meeting.SlotsFollowClient;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Bounds;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Referring clients to the group and keeping the referral up to date: the case worker's mapping 2-6
 * months before release. Region staff only; concurrent edits are detected, not overwritten.
 */
@Stateless
public class Referrals {

  @Inject ClientCaseRepository cases;
  @Inject StaffUserRepository staff;
  @Inject CaseAccess access;
  @Inject DataProtection identityCodes;
  @Inject AuditTrail audit;
  @Inject Caller caller;

  @Inject OrganisationRepository organisations;
  @Inject UnitOfWork unitOfWork;
  @Inject SlotsFollowClient slotsFollow;

  Clock clock = Clock.systemUTC();

  public Referrals() {}

  /** For tests outside the container. */
  public Referrals(
      ClientCaseRepository cases,
      StaffUserRepository staff,
      OrganisationRepository organisations,
      UnitOfWork unitOfWork,
      CaseAccess access,
      DataProtection identityCodes,
      AuditTrail audit,
      Caller caller,
      SlotsFollowClient slotsFollow,
      Clock clock) {
    this.slotsFollow = slotsFollow;
    this.cases = cases;
    this.staff = staff;
    this.organisations = organisations;
    this.unitOfWork = unitOfWork;
    this.access = access;
    this.identityCodes = identityCodes;
    this.audit = audit;
    this.caller = caller;
    this.clock = clock;
  }

  /** Opens a case for a client in the caller's region; returns its id. */
  public long refer(NewReferral referral) {
    StaffMember member = caller.withAny(CaseAccessDenied::new, Role.CASE_WORKER, Role.CHAIR);
    // the decision is the caller's as read for this request; the entity is for the case's relation
    StaffUser worker =
        member.region().flatMap(r -> staff.find(member.id())).orElseThrow(CaseAccessDenied::new);
    var region = worker.region().orElseThrow(CaseAccessDenied::new);
    Organisation institution = institutionOf(referral.institutionId(), region.id());
    if (referral.dateOfBirth() == null || referral.kind() == null) {
      throw new Refusal("referral.birthAndGroup", "date of birth and client group are required");
    }
    var now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
    Bounds.birth(referral.dateOfBirth(), today);
    checkRelease(referral.expectedReleaseDate(), today);
    long number = cases.nextReferenceNumber();
    String reference =
        "ASO-" + Year.now(clock.withZone(ZoneId.of("Europe/Helsinki"))) + "-" + number;
    ClientCase clientCase =
        new ClientCase(
            region,
            reference,
            referral.fullName(),
            referral.dateOfBirth(),
            referral.kind(),
            institution,
            worker,
            now.atOffset(ZoneOffset.UTC));
    clientCase.expectRelease(referral.expectedReleaseDate());
    if (referral.identityCode() != null && !referral.identityCode().isBlank()) {
      PersonalIdentityCode code = PersonalIdentityCode.parse(referral.identityCode());
      if (!code.dateOfBirth().equals(referral.dateOfBirth())) {
        throw new Refusal(
            "referral.idMismatch", "the identity code does not match the date of birth");
      }
      if (cases.identityKnownInRegion(region.id(), identityCodes.keyedHashes(code))) {
        throw new Refusal("referral.duplicate", "this region already has a case for this person");
      }
      clientCase.protectIdentityCode(identityCodes.keyedHash(code), identityCodes.encrypt(code));
    }
    if (referral.topics() != null) {
      referral.topics().forEach((topic, text) -> clientCase.referral().with(topic, text));
    }
    cases.store(clientCase);
    audit.record(
        AuditRecord.success(
                AuditAction.CREATE, "ClientCase", String.valueOf(clientCase.id()), "referral")
            .aboutClientCase(clientCase.id()));
    return clientCase.id();
  }

  /**
   * Replaces the referral's texts, if the case is still at the version the editor loaded; otherwise
   * {@link ConcurrentEdit} and nothing changes.
   */
  public long updateReferral(long caseId, long loadedVersion, Map<Referral.Topic, String> topics) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    if (clientCase.version() != loadedVersion) {
      throw new ConcurrentEdit();
    }
    topics.forEach((topic, text) -> clientCase.referral().with(topic, text));
    // the flush raises the version (JPA optimistic locking also guards concurrent commits)
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE, "ClientCase", String.valueOf(caseId), "referral updated")
            .aboutClientCase(caseId));
    return clientCase.version();
  }

  /**
   * The client's release date moved or they were moved to another prison or probation office
   * (recorded by the case worker, or by the probation service's system through the API), if the
   * case is still at the version the editor loaded; otherwise {@link ConcurrentEdit} and nothing
   * changes. The same rules as at referral. The client's coming slots are checked again ({@link
   * SlotsFollowClient}). Returns the case's new version.
   */
  public long updateRelease(
      long caseId, long loadedVersion, LocalDate expectedReleaseDate, long institutionId) {
    ClientCase clientCase = access.forRegionStaff(caseId);
    if (clientCase.version() != loadedVersion) {
      throw new ConcurrentEdit();
    }
    Organisation institution = institutionOf(institutionId, clientCase.region().id());
    checkRelease(expectedReleaseDate, LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki"))));
    boolean releaseMoved =
        !Objects.equals(clientCase.expectedReleaseDate().orElse(null), expectedReleaseDate);
    clientCase.expectRelease(expectedReleaseDate);
    boolean prisonChanged = clientCase.transferTo(institution);
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE,
                "ClientCase",
                String.valueOf(caseId),
                "release or institution changed: "
                    + (releaseMoved ? "release date " : "")
                    + (prisonChanged ? "institution" : "")
                    + (releaseMoved || prisonChanged ? "" : "neither"))
            .aboutClientCase(caseId));
    slotsFollow.caseChanged(clientCase, releaseMoved, prisonChanged);
    return clientCase.version();
  }

  /** A prison or probation office of the region. */
  private Organisation institutionOf(long institutionId, long regionId) {
    Organisation institution = organisations.find(institutionId).orElse(null);
    if (institution == null
        || !List.of(OrganisationType.PRISON, OrganisationType.PROBATION_OFFICE)
            .contains(institution.type())
        || institution.regions().stream().noneMatch(r -> r.id().equals(regionId))) {
      throw new Refusal("referral.unit", "choose the prison or probation office of this region");
    }
    return institution;
  }

  /** A client released years ago is no longer the group's; one released decades ahead is a typo. */
  private static void checkRelease(LocalDate date, LocalDate today) {
    Bounds.between(
        date,
        today.minusYears(2),
        today.plusYears(30),
        "referral.releaseDate",
        "the expected release date");
  }
}
