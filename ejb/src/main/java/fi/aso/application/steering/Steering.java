package fi.aso.application.steering;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.consent.ElectronicConsent;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Bounds;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentRecipient;
import fi.aso.domain.consent.ConsentRepository;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.servicemap.Service;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.servicemap.ServiceNeed;
import fi.aso.domain.servicemap.ServiceReferral;
import fi.aso.domain.servicemap.ServiceRepository;
import fi.aso.domain.servicemap.SteeringRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Steering in the meeting (issue 20): in the joint assessment the chair records the client's needs
 * as kinds of service; the region's services of those kinds are proposed, those of organisations
 * the client consented to first; choosing one refers the client to it, as an action for its
 * provider, carrying only what the consent policy allows that provider. A service of an
 * organisation the client did not consent to is shown but cannot be referred to: the chair or case
 * worker asks the client for a consent naming it in one step (an electronic consent link proposing
 * the consent in force plus that organisation).
 */
@Stateless
public class Steering {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** A referral made without a due date is to be answered within two weeks. */
  static final int DEFAULT_DAYS_TO_ANSWER = 14;

  @Inject MeetingRepository meetings;
  @Inject MeetingDayRepository meetingDays;
  @Inject ServiceRepository services;
  @Inject SteeringRepository steering;
  @Inject ConsentRepository consents;

  @Inject MeetingRights rights;
  @Inject Caller caller;
  @Inject ConsentPolicy policy;
  @Inject ElectronicConsent electronicConsent;
  @Inject AuditTrail audit;
  @Inject ReferralNotices notices;

  Clock clock = Clock.systemUTC();

  public Steering() {}

  /** For tests outside the container. */
  public Steering(
      MeetingRepository meetings,
      MeetingDayRepository meetingDays,
      ServiceRepository services,
      SteeringRepository steering,
      ConsentRepository consents,
      MeetingRights rights,
      Caller caller,
      ConsentPolicy policy,
      ElectronicConsent electronicConsent,
      AuditTrail audit,
      ReferralNotices notices,
      Clock clock) {
    this.meetings = meetings;
    this.meetingDays = meetingDays;
    this.services = services;
    this.steering = steering;
    this.consents = consents;
    this.rights = rights;
    this.caller = caller;
    this.policy = policy;
    this.electronicConsent = electronicConsent;
    this.audit = audit;
    this.notices = notices;
    this.clock = clock;
  }

  /** The slot's needs with the services proposed for each, and its referrals; for region staff. */
  public SteeringView view(long slotId) {
    ClientSlot slot = slotToSee(slotId);
    long caseId = slot.clientCase().id();
    audited(AuditAction.READ, "ServiceNeed", slotId, "service needs and proposals", caseId);
    List<ServiceReferral> referrals = steering.referralsOfSlot(slotId);
    Map<Long, ServiceReferral> liveByService =
        referrals.stream()
            .filter(r -> r.state().isOpen())
            .collect(Collectors.toMap(r -> r.service().id(), r -> r, (a, b) -> b));
    List<Service> catalogue = services.ofRegion(slot.clientCase().region().id());
    Map<Long, Set<InformationCategory>> allowed =
        catalogue.stream()
            .map(s -> s.provider().id())
            .distinct()
            .collect(Collectors.toMap(Function.identity(), o -> policy.disclosableTo(caseId, o)));
    List<SteeringView.Need> needs =
        steering.needsOfSlot(slotId).stream()
            .map(
                n ->
                    new SteeringView.Need(
                        n.kind(),
                        catalogue.stream()
                            .filter(s -> s.kind() == n.kind())
                            .map(
                                s ->
                                    proposal(
                                        s,
                                        allowed.get(s.provider().id()),
                                        liveByService.get(s.id())))
                            // those the client consented to first, the catalogue's order kept
                            .sorted(Comparator.comparing(p -> !p.consented()))
                            .toList()))
            .toList();
    boolean mayMove = isChair();
    return new SteeringView(
        slotId, caseId, needs, referrals.stream().map(r -> ReferralView.of(r, mayMove)).toList());
  }

  private static SteeringView.Proposal proposal(
      Service s, Set<InformationCategory> allowed, ServiceReferral live) {
    boolean consented = allowed.contains(InformationCategory.IDENTITY_AND_RELEASE);
    Set<InformationCategory> asked = asked(s);
    Set<InformationCategory> carries = EnumSet.noneOf(InformationCategory.class);
    Set<InformationCategory> withheld = EnumSet.noneOf(InformationCategory.class);
    asked.forEach(c -> (consented && allowed.contains(c) ? carries : withheld).add(c));
    var d = s.description();
    return new SteeringView.Proposal(
        s.id(),
        d.nameFi(),
        d.nameSv(),
        d.nameEn(),
        s.provider().id(),
        s.provider().name(),
        consented,
        carries,
        withheld,
        live == null ? null : live.id(),
        live == null ? null : live.state());
  }

  /** What a referral to the service needs: its categories, and the client's identity always. */
  private static Set<InformationCategory> asked(Service s) {
    Set<InformationCategory> asked = EnumSet.of(InformationCategory.IDENTITY_AND_RELEASE);
    asked.addAll(s.description().informationNeeds());
    return asked;
  }

  /** Records a need of the slot's client (a second time changes nothing); the chair's. */
  public void addNeed(long slotId, ServiceKind kind) {
    if (kind == null) {
      throw new Refusal("steering.kind", "say which kind of service is needed");
    }
    ClientSlot slot = chairsSlot(slotId);
    if (steering.needsOfSlot(slotId).stream().anyMatch(n -> n.kind() == kind)) {
      return;
    }
    ServiceNeed need =
        steering.storeNeed(new ServiceNeed(slot, kind, caller.name(), clock.instant()));
    audited(AuditAction.CREATE, "ServiceNeed", need.id(), "service need recorded", caseIdOf(slot));
  }

  /** Removes a need recorded by mistake (its referrals stay: they were made). */
  public void removeNeed(long slotId, ServiceKind kind) {
    ClientSlot slot = chairsSlot(slotId);
    Optional<ServiceNeed> need =
        steering.needsOfSlot(slotId).stream().filter(n -> n.kind() == kind).findFirst();
    need.ifPresent(
        n -> {
          steering.removeNeed(n);
          audited(
              AuditAction.DELETE, "ServiceNeed", n.id(), "service need removed", caseIdOf(slot));
        });
  }

  /**
   * Refers the slot's client to a service of the region for a recorded need: an action "refer to
   * the service" for its provider, due {@code due} (null: in two weeks), and the referral, carrying
   * what the consent allows the provider of what the service asks for. Refused ({@link
   * NotConsented}) when the consent does not name the provider. A live referral to the same service
   * is returned as it is.
   */
  public long refer(long slotId, long serviceId, LocalDate due) {
    ClientSlot slot = chairsSlot(slotId);
    Service service = serviceOf(slot, serviceId);
    ServiceKind need =
        steering.needsOfSlot(slotId).stream()
            .map(ServiceNeed::kind)
            .filter(k -> k == service.kind())
            .findFirst()
            .orElseThrow(
                () ->
                    new Refusal(
                        "steering.noSuchNeed", "record the need before referring to a service"));
    long caseId = slot.clientCase().id();
    Optional<ServiceReferral> live =
        steering.referralsOfCase(caseId).stream()
            .filter(r -> r.state().isOpen() && r.service().id().equals(service.id()))
            .findFirst();
    if (live.isPresent()) {
      return live.get().id();
    }
    Set<InformationCategory> allowed = policy.disclosableTo(caseId, service.provider().id());
    if (!allowed.contains(InformationCategory.IDENTITY_AND_RELEASE)) {
      throw new NotConsented();
    }
    Set<InformationCategory> carries = EnumSet.copyOf(asked(service));
    carries.retainAll(allowed);
    LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
    LocalDate dueDate =
        due == null
            ? today.plusDays(DEFAULT_DAYS_TO_ANSWER)
            : Bounds.between(due, today, today.plusYears(1), "action.dueDate", "the due date");
    ActionItem action =
        meetingDays.storeAction(
            ActionItem.forOrganisation(
                slot,
                // the action list's words, in the group's working language like its other lines
                "Ohjaus palveluun: " + service.nameFi(),
                service.provider(),
                null,
                dueDate,
                caller.name(),
                clock.instant()));
    audited(AuditAction.CREATE, "ActionItem", action.id(), "action added", caseIdOf(slot));
    ServiceReferral referral =
        steering.storeReferral(
            new ServiceReferral(
                slot, service, need, action, carries, caller.name(), clock.instant()));
    audited(
        AuditAction.CREATE,
        "ServiceReferral",
        referral.id(),
        "referred to service " + carries,
        caseIdOf(slot));
    notices.referred(referral);
    return referral.id();
  }

  /**
   * Asks the client for a consent that also names the provider of a service they were not yet
   * consented for: one electronic consent link proposing the consent in force (every organisation
   * with its categories) plus the provider with what the service asks for, valid as long as the
   * consent in force (a year where none is). For the region's chairs and case workers.
   */
  public ElectronicConsent.Issued askConsent(long slotId, long serviceId, String language) {
    ClientSlot slot = slotToSee(slotId);
    Service service = serviceOf(slot, serviceId);
    long caseId = slot.clientCase().id();
    if (policy
        .decide(caseId, service.provider().id(), InformationCategory.IDENTITY_AND_RELEASE)
        .allowed()) {
      throw new Refusal("steering.alreadyConsented", "the consent names the provider already");
    }
    Optional<Consent> inForce = consents.historyOf(caseId).inForce(clock.instant());
    Map<Long, Set<InformationCategory>> proposed = new LinkedHashMap<>();
    inForce.ifPresent(
        c ->
            c.recipients().stream()
                .filter(r -> r.withdrawnAt().isEmpty())
                .forEach(r -> proposed.put(r.organisationId(), categoriesOf(r))));
    proposed.merge(
        service.provider().id(),
        asked(service),
        (had, more) -> {
          Set<InformationCategory> both = EnumSet.copyOf(had);
          both.addAll(more);
          return both;
        });
    LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
    LocalDate validUntil =
        inForce.map(Consent::validUntil).filter(d -> d.isAfter(today)).orElse(today.plusYears(1));
    return electronicConsent.invite(caseId, proposed, validUntil, language);
  }

  private static Set<InformationCategory> categoriesOf(ConsentRecipient r) {
    return r.categories().isEmpty()
        ? EnumSet.noneOf(InformationCategory.class)
        : EnumSet.copyOf(r.categories());
  }

  private Service serviceOf(ClientSlot slot, long serviceId) {
    return services
        .find(serviceId)
        .filter(s -> !s.isRetired())
        .filter(s -> s.region().id().equals(slot.clientCase().region().id()))
        .orElseThrow(NotFound::new);
  }

  private boolean isChair() {
    return caller.now().map(u -> u.has(fi.aso.domain.staff.Role.CHAIR)).orElse(false);
  }

  private ClientSlot slotToSee(long slotId) {
    ClientSlot slot = meetings.findSlot(slotId).orElseThrow(CaseAccessDenied::new);
    rights.toSee(slot.meeting().id());
    return slot;
  }

  private ClientSlot chairsSlot(long slotId) {
    ClientSlot slot = meetings.findSlot(slotId).orElseThrow(CaseAccessDenied::new);
    rights.chair();
    rights.toSee(slot.meeting().id());
    return slot;
  }

  private static long caseIdOf(ClientSlot slot) {
    return slot.clientCase().id();
  }

  private void audited(AuditAction action, String type, long id, String purpose, long caseId) {
    audit.record(
        AuditRecord.success(action, type, String.valueOf(id), purpose).aboutClientCase(caseId));
  }
}
