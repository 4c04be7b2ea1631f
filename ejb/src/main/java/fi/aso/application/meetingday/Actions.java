package fi.aso.application.meetingday;

import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.search.Choice;
import fi.aso.application.search.Page;
import fi.aso.application.staff.Caller;
import fi.aso.domain.Bounds;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action list, "kuka tekee mitä ja milloin". The chair adds actions for the slot's consented
 * organisations (only those invited to the slot whose consent allows the client's identity; never
 * any other), the client or the case worker. A partner sees and updates only their own
 * organisation's actions, and only while the consent lasts. Everything is audited.
 */
@Stateless
public class Actions {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @Inject MeetingDayRepository meetingDays;
  @Inject MeetingRepository meetings;
  @Inject OrganisationRepository organisations;
  @Inject UnitOfWork unitOfWork;

  @Inject MeetingRights rights;
  @Inject Caller caller;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public Actions() {}

  /** For tests outside the container. */
  public Actions(
      MeetingDayRepository meetingDays,
      MeetingRepository meetings,
      OrganisationRepository organisations,
      UnitOfWork unitOfWork,
      MeetingRights rights,
      Caller caller,
      ConsentPolicy policy,
      AuditTrail audit,
      Clock clock) {
    this.meetingDays = meetingDays;
    this.meetings = meetings;
    this.organisations = organisations;
    this.unitOfWork = unitOfWork;
    this.rights = rights;
    this.caller = caller;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** An organisation's action; the organisation must be invited to the slot and consented. */
  public long addForOrganisation(
      long slotId, String what, long organisationId, Long contactPersonId, LocalDate due) {
    ClientSlot slot = chairsSlot(slotId);
    checkDue(slot, due);
    Organisation organisation = organisations.find(organisationId).orElse(null);
    boolean invited =
        slot.activeInvitees().stream()
            .anyMatch(i -> i.organisation().map(o -> o.id() == organisationId).orElse(false));
    if (organisation == null || !invited || !consented(slot.clientCase().id(), organisationId)) {
      throw new NotConsented();
    }
    ContactPerson contact =
        contactPersonId == null ? null : organisations.findContact(contactPersonId).orElse(null);
    ActionItem item =
        ActionItem.forOrganisation(
            slot, what, organisation, contact, due, caller.name(), clock.instant());
    return persist(item, slot);
  }

  /** The client's or the case worker's action. */
  public long addForPerson(long slotId, String what, Responsible who, LocalDate due) {
    ClientSlot slot = chairsSlot(slotId);
    checkDue(slot, due);
    return persist(
        ActionItem.forPerson(slot, what, who, due, caller.name(), clock.instant()), slot);
  }

  /**
   * Progress on an action: by the region's chairs and case workers, or by a partner of the
   * responsible organisation (while the consent lasts). Refused for anyone else.
   */
  public ActionView progress(
      long actionId, long expectedVersion, ActionStatus status, String note) {
    ActionItem item = meetingDays.findAction(actionId).orElse(null);
    if (item == null || !mayUpdate(item)) {
      throw new CaseAccessDenied();
    }
    if (item.version() != expectedVersion) {
      throw new ConcurrentEdit();
    }
    item.progress(status, note, caller.name(), clock.instant());
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE, "ActionItem", String.valueOf(actionId), "action " + status)
            .aboutClientCase(item.clientCase().id()));
    return ActionView.of(item, today());
  }

  /**
   * My actions: for a partner, those naming them as the responsible person (the contact person the
   * user acts as; a user not tied to one is matched by e-mail), consent still valid; for staff, the
   * actions of the clients they are case worker of.
   */
  public List<ActionView> mine() {
    return seen(visible(true));
  }

  /** The actions a list shows the caller, unread yet, with the purpose their reading is audited. */
  private record Visible(List<ActionItem> items, Listed listed) {}

  /** Which list shows an action: its reading is audited with that list's purpose. */
  private enum Listed {
    MINE,
    ORGANISATION,
    REGION,
    OVERDUE
  }

  /** The caller's own actions ({@code mine}) or their organisation's (region's) ones. */
  private Visible visible(boolean mine) {
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    if (mine && isPartner(user)) {
      return new Visible(
          organisationsActions(user).stream()
              .filter(a -> a.contactPerson().map(c -> isPerson(user, c)).orElse(false))
              .toList(),
          Listed.MINE);
    }
    if (mine) {
      return new Visible(meetingDays.actionsOfCaseWorker(user.id()), Listed.MINE);
    }
    if (isPartner(user)) {
      return new Visible(organisationsActions(user), Listed.ORGANISATION);
    }
    StaffMember regionStaff = rights.regionStaff();
    return new Visible(
        meetingDays.openActionsOfRegion(rights.region(regionStaff).id()), Listed.REGION);
  }

  /**
   * The caller's actions (as {@link #mine()} or {@link #ofMyOrganisation()}) that match the query,
   * one page of them: only the actions on the page are read (and audited), not every one the search
   * looked through.
   */
  public Page<ActionView> search(ActionQuery query) {
    Visible visible = visible(query.mine());
    LocalDate today = today();
    Map<Long, ActionItem> byId =
        visible.items().stream().collect(Collectors.toMap(ActionItem::id, a -> a));
    List<ActionView> matching =
        visible.items().stream().map(a -> ActionView.of(a, today)).filter(query::matches).toList();
    Page<ActionView> page = query.page().of(matching, query.order());
    page.entries().forEach(a -> audited(byId.get(a.id()), visible.listed()));
    return page;
  }

  private static boolean isPerson(StaffMember user, ContactPerson contact) {
    return user.contactPerson()
        .map(id -> id.equals(contact.id()))
        .orElseGet(() -> contact.email().equalsIgnoreCase(user.emailAddress().orElse("")));
  }

  /**
   * My organisation's actions: for a partner, every action of their organisation while the client's
   * consent allows it; for the region's staff, the open actions of the region's clients.
   */
  public List<ActionView> ofMyOrganisation() {
    return seen(visible(false));
  }

  /**
   * The organisations the caller's action lists can be narrowed to: the region's, for its chairs
   * and case workers (a partner's lists hold their own organisation's actions only).
   */
  public List<Choice> organisationsToFilter() {
    StaffMember user = caller.now().orElseThrow(CaseAccessDenied::new);
    if (isPartner(user)) {
      return List.of();
    }
    return Choice.organisations(organisations.ofRegion(rights.region(rights.regionStaff()).id()));
  }

  private static boolean isPartner(StaffMember user) {
    return user.has(Role.PARTNER) && user.organisation().isPresent();
  }

  private List<ActionItem> organisationsActions(StaffMember partner) {
    long organisationId = partner.organisationId();
    List<ActionItem> actions = meetingDays.actionsOfOrganisation(organisationId);
    // the consents of all the clients in one read, not one per action
    Set<Long> allowing =
        policy.casesAllowing(
            actions.stream().map(a -> a.clientCase().id()).collect(Collectors.toSet()),
            organisationId,
            InformationCategory.IDENTITY_AND_RELEASE);
    return actions.stream().filter(a -> allowing.contains(a.clientCase().id())).toList();
  }

  /**
   * A new action is due from today on, within five years; one agreed at a meeting held earlier and
   * recorded afterwards may be due from that meeting's day. Anything else is a typing error.
   */
  private void checkDue(ClientSlot slot, LocalDate due) {
    LocalDate today = today();
    LocalDate meetingDay = slot.meeting().startsAt().atZone(HELSINKI).toLocalDate();
    LocalDate earliest = meetingDay.isBefore(today) ? meetingDay : today;
    Bounds.between(due, earliest, today.plusYears(5), "action.dueDate", "the due date");
  }

  /** The region's overdue actions, for its chairs. */
  public List<ActionView> overdue() {
    StaffMember chair = rights.chair();
    return seen(
        meetingDays.overdueActionsOfRegion(rights.region(chair).id(), today()), Listed.OVERDUE);
  }

  private List<ActionView> seen(Visible visible) {
    return seen(visible.items(), visible.listed());
  }

  private List<ActionView> seen(List<ActionItem> items, Listed listed) {
    LocalDate today = today();
    return items.stream()
        .map(
            a -> {
              audited(a, listed);
              return ActionView.of(a, today);
            })
        .toList();
  }

  /** Showing an action is a read of its client's data, for the purpose of the list showing it. */
  private void audited(ActionItem a, Listed listed) {
    // each purpose written out here, so that the access report's words can be checked from source
    switch (listed) {
      case MINE -> auditedAs(a, "my actions");
      case ORGANISATION -> auditedAs(a, "my organisation's actions");
      case REGION -> auditedAs(a, "the region's actions");
      case OVERDUE -> auditedAs(a, "overdue actions");
    }
  }

  private void auditedAs(ActionItem a, String purpose) {
    audit.record(
        AuditRecord.success(AuditAction.READ, "ActionItem", String.valueOf(a.id()), purpose)
            .aboutClientCase(a.clientCase().id()));
  }

  private boolean mayUpdate(ActionItem item) {
    StaffMember user = caller.now().orElse(null);
    if (user == null) {
      return false;
    }
    boolean regionStaff =
        user.hasAny(Role.CHAIR, Role.CASE_WORKER) && user.worksIn(item.clientCase().region().id());
    boolean responsiblePartner =
        isPartner(user)
            && item.responsible() == Responsible.ORGANISATION
            && item.organisation().map(o -> o.id().equals(user.organisationId())).orElse(false)
            && consented(item.clientCase().id(), user.organisationId());
    return regionStaff || responsiblePartner;
  }

  private boolean consented(long caseId, long organisationId) {
    return policy
        .decide(caseId, organisationId, InformationCategory.IDENTITY_AND_RELEASE)
        .allowed();
  }

  private long persist(ActionItem item, ClientSlot slot) {
    meetingDays.storeAction(item);
    audit.record(
        AuditRecord.success(
                AuditAction.CREATE, "ActionItem", String.valueOf(item.id()), "action added")
            .aboutClientCase(slot.clientCase().id()));
    return item.id();
  }

  private ClientSlot chairsSlot(long slotId) {
    ClientSlot slot = meetings.findSlot(slotId).orElseThrow(CaseAccessDenied::new);
    rights.chair();
    rights.toSee(slot.meeting().id());
    return slot;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(HELSINKI));
  }
}
