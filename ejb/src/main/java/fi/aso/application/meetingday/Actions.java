package fi.aso.application.meetingday;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.application.meeting.NotConsented;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The action list, "kuka tekee mitä ja milloin". The chair adds actions for the slot's consented
 * organisations (only those invited to the slot whose consent allows the client's identity; never
 * any other), the client or the case worker. A partner sees and updates only their own
 * organisation's actions, and only while the consent lasts. Everything is audited.
 */
@Stateless
public class Actions {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject MeetingRights rights;
  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public Actions() {}

  /** For tests outside the container. */
  public Actions(EntityManager em, MeetingRights rights, StaffUserRepository staff, CallerIdentity caller, ConsentPolicy policy,
      AuditTrail audit, Clock clock) {
    this.em = em;
    this.rights = rights;
    this.staff = staff;
    this.caller = caller;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** An organisation's action; the organisation must be invited to the slot and consented. */
  public long addForOrganisation(long slotId, String what, long organisationId, Long contactPersonId, LocalDate due) {
    ClientSlot slot = chairsSlot(slotId);
    Organisation organisation = em.find(Organisation.class, organisationId);
    boolean invited = slot.activeInvitees().stream().anyMatch(i -> i.organisation().map(o -> o.id() == organisationId).orElse(false));
    if (organisation == null || !invited || !consented(slot.clientCase().id(), organisationId)) {
      throw new NotConsented();
    }
    ContactPerson contact = contactPersonId == null ? null : em.find(ContactPerson.class, contactPersonId);
    ActionItem item = ActionItem.forOrganisation(slot, what, organisation, contact, due, caller.name(), clock.instant());
    return persist(item, slot);
  }

  /** The client's or the case worker's action. */
  public long addForPerson(long slotId, String what, Responsible who, LocalDate due) {
    ClientSlot slot = chairsSlot(slotId);
    return persist(ActionItem.forPerson(slot, what, who, due, caller.name(), clock.instant()), slot);
  }

  /**
   * Progress on an action: by the region's chairs and case workers, or by a partner of the
   * responsible organisation (while the consent lasts). Refused for anyone else.
   */
  public ActionView progress(long actionId, long expectedVersion, ActionStatus status, String note) {
    ActionItem item = em.find(ActionItem.class, actionId);
    if (item == null || !mayUpdate(item)) {
      throw new CaseAccessDenied();
    }
    if (item.version() != expectedVersion) {
      throw new fi.aso.application.clientcase.ConcurrentEdit();
    }
    item.progress(status, note, caller.name(), clock.instant());
    em.flush();
    audit.record(AuditRecord.success(AuditAction.UPDATE, "ActionItem", String.valueOf(actionId), "action " + status)
        .aboutClientCase(item.clientCase().id()));
    return ActionView.of(item, today());
  }

  /**
   * My actions: for a partner, those naming them as the responsible person (matched by e-mail,
   * consent still valid); for staff, the actions of the clients they are case worker of.
   */
  public List<ActionView> mine() {
    StaffUser user = staff.findByUsername(caller.name()).orElseThrow(CaseAccessDenied::new);
    if (isPartner(user)) {
      String email = user.email().orElse("");
      return seen(organisationsActions(user).stream()
          .filter(a -> a.contactPerson().map(c -> c.email().equalsIgnoreCase(email)).orElse(false)).toList(), "my actions");
    }
    return seen(em.createQuery("select a from ActionItem a where a.clientCase.caseWorker = :me order by a.dueDate, a.id",
        ActionItem.class).setParameter("me", user).getResultList(), "my actions");
  }

  /**
   * My organisation's actions: for a partner, every action of their organisation while the
   * client's consent allows it; for the region's staff, the open actions of the region's clients.
   */
  public List<ActionView> ofMyOrganisation() {
    StaffUser user = staff.findByUsername(caller.name()).orElseThrow(CaseAccessDenied::new);
    if (isPartner(user)) {
      return seen(organisationsActions(user), "my organisation's actions");
    }
    StaffUser regionStaff = rights.regionStaff();
    return seen(em.createNamedQuery("ActionItem.ofRegion", ActionItem.class)
        .setParameter("region", rights.region(regionStaff).id()).getResultList(), "the region's actions");
  }

  private static boolean isPartner(StaffUser user) {
    return user.roles().contains(Role.PARTNER) && user.organisation().isPresent();
  }

  private List<ActionItem> organisationsActions(StaffUser partner) {
    long organisationId = partner.organisation().get().id();
    return em.createNamedQuery("ActionItem.ofOrganisation", ActionItem.class).setParameter("organisation", organisationId)
        .getResultStream().filter(a -> consented(a.clientCase().id(), organisationId)).toList();
  }

  /** The region's overdue actions, for its chairs. */
  public List<ActionView> overdue() {
    StaffUser chair = rights.chair();
    return seen(em.createNamedQuery("ActionItem.overdueInRegion", ActionItem.class)
        .setParameter("region", rights.region(chair).id())
        .setParameter("today", today())
        .getResultList(), "overdue actions");
  }

  private List<ActionView> seen(List<ActionItem> items, String purpose) {
    LocalDate today = today();
    return items.stream().map(a -> {
      audit.record(AuditRecord.success(AuditAction.READ, "ActionItem", String.valueOf(a.id()), purpose)
          .aboutClientCase(a.clientCase().id()));
      return ActionView.of(a, today);
    }).toList();
  }

  private boolean mayUpdate(ActionItem item) {
    StaffUser user = staff.findByUsername(caller.name()).orElse(null);
    if (user == null) {
      return false;
    }
    boolean regionStaff = (user.roles().contains(Role.CHAIR) || user.roles().contains(Role.CASE_WORKER))
        && user.region().map(r -> r.id().equals(item.clientCase().region().id())).orElse(false);
    boolean responsiblePartner = user.roles().contains(Role.PARTNER) && item.responsible() == Responsible.ORGANISATION
        && user.organisation().flatMap(o -> item.organisation().map(io -> io.id().equals(o.id()))).orElse(false)
        && consented(item.clientCase().id(), user.organisation().get().id());
    return regionStaff || responsiblePartner;
  }

  private boolean consented(long caseId, long organisationId) {
    return policy.decide(caseId, organisationId, InformationCategory.IDENTITY_AND_RELEASE).allowed();
  }

  private long persist(ActionItem item, ClientSlot slot) {
    em.persist(item);
    em.flush();
    audit.record(AuditRecord.success(AuditAction.CREATE, "ActionItem", String.valueOf(item.id()), "action added")
        .aboutClientCase(slot.clientCase().id()));
    return item.id();
  }

  private ClientSlot chairsSlot(long slotId) {
    ClientSlot slot = em.find(ClientSlot.class, slotId);
    if (slot == null) {
      throw new CaseAccessDenied();
    }
    rights.chair();
    rights.toSee(slot.meeting().id());
    return slot;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(HELSINKI));
  }
}
