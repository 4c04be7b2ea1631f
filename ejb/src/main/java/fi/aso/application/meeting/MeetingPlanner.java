package fi.aso.application.meeting;

import fi.aso.application.NotFound;
import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccess;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientCaseRepository;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.RemovalReason;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chair puts clients on a meeting, each in their own slot, and invites exactly the people the
 * client's consent allows (seed 004). Who may be invited is the consent policy's decision: a
 * partner organisation must be allowed at least the client's identity and release date (an
 * invitation discloses that much). Every read of the slots (client names) and every change is
 * audited against the client's case.
 */
@Stateless
public class MeetingPlanner {

  /** The category an invitation itself discloses: who the client is and when they are released. */
  static final InformationCategory INVITATION_DISCLOSES = InformationCategory.IDENTITY_AND_RELEASE;

  private static final Set<CaseState> SCHEDULABLE =
      EnumSet.of(
          CaseState.READY_FOR_MEETING,
          CaseState.SCHEDULED,
          CaseState.DISCUSSED,
          CaseState.FOLLOW_UP);

  @Inject MeetingRepository meetings;
  @Inject OrganisationRepository organisations;
  @Inject OutboundMessageRepository outbox;
  @Inject UnitOfWork unitOfWork;

  @Inject MeetingRights rights;
  @Inject CaseAccess caseAccess;
  @Inject ConsentPolicy policy;
  @Inject ClientCaseRepository cases;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;
  @Inject MeetingEvents events;
  @Inject VideoRoomBookings rooms;

  Clock clock = Clock.systemUTC();

  public MeetingPlanner() {}

  /** For tests outside the container. */
  public MeetingPlanner(
      MeetingRepository meetings,
      OrganisationRepository organisations,
      OutboundMessageRepository outbox,
      UnitOfWork unitOfWork,
      MeetingRights rights,
      CaseAccess caseAccess,
      ConsentPolicy policy,
      ClientCaseRepository cases,
      CallerIdentity caller,
      AuditTrail audit,
      MeetingEvents events,
      VideoRoomBookings rooms,
      Clock clock) {
    this.meetings = meetings;
    this.organisations = organisations;
    this.outbox = outbox;
    this.unitOfWork = unitOfWork;
    this.rights = rights;
    this.caseAccess = caseAccess;
    this.policy = policy;
    this.cases = cases;
    this.caller = caller;
    this.audit = audit;
    this.events = events;
    this.rooms = rooms;
    this.clock = clock;
  }

  /**
   * Whether a case in this state can be put on a meeting: the client has consented and the case is
   * not closed. The meeting page offers only such cases; {@link #addSlot} refuses the others.
   */
  public static boolean schedulable(CaseState state) {
    return SCHEDULABLE.contains(state);
  }

  /** The meeting with its slots (client names and invitees); audited once per client on it. */
  public MeetingDetails meeting(long meetingId, String purpose) {
    Meeting meeting = rights.toSee(meetingId);
    for (ClientSlot slot : meeting.slots()) {
      audit.record(
          AuditRecord.success(AuditAction.READ, "ClientSlot", String.valueOf(slot.id()), purpose)
              .aboutClientCase(slot.clientCase().id()));
    }
    // per invitee, the state of the latest invitation message sent to them
    return MeetingDetails.of(
        meeting,
        outbox.latestStatusPerInvitee(meeting.slots().stream().map(ClientSlot::id).toList()));
  }

  /**
   * Puts a client on the meeting: their slot at a start and length, how they attend, the prison
   * video room if they join from there. The case worker is invited at once, and the client too
   * unless they do not attend. Returns the slot id.
   */
  public long addSlot(
      long meetingId,
      long expectedVersion,
      long caseId,
      Instant start,
      Duration length,
      ClientAttendance attendance,
      Long videoRoomId,
      String afterReleaseReason) {
    return addSlotAndInvite(
        meetingId,
        expectedVersion,
        caseId,
        start,
        length,
        attendance,
        videoRoomId,
        afterReleaseReason,
        List.of());
  }

  /**
   * The booking dialog's one step: puts the client on the meeting as {@link #addSlot} does and
   * invites the chosen contact persons to the new slot, all or nothing (one refused invitee, e.g.
   * without consent, leaves the meeting as it was). Returns the slot id.
   */
  public long addSlotAndInvite(
      long meetingId,
      long expectedVersion,
      long caseId,
      Instant start,
      Duration length,
      ClientAttendance attendance,
      Long videoRoomId,
      String afterReleaseReason,
      Collection<Long> contactPersonIds) {
    ClientSlot slot =
        schedule(
            meetingId,
            expectedVersion,
            caseId,
            start,
            length,
            attendance,
            videoRoomId,
            afterReleaseReason);
    for (long contactId : new LinkedHashSet<>(contactPersonIds)) {
      inviteInto(slot, contactId);
    }
    return slot.id();
  }

  private ClientSlot schedule(
      long meetingId,
      long expectedVersion,
      long caseId,
      Instant start,
      Duration length,
      ClientAttendance attendance,
      Long videoRoomId,
      String afterReleaseReason) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    ClientCase clientCase = caseAccess.forChair(caseId);
    if (!schedulable(clientCase.state())) {
      throw new Refusal(
          "slot.notReady",
          "the case is not ready for a meeting (it needs the client's consent first)");
    }
    Instant now = clock.instant();
    ClientSlot slot =
        meeting.schedule(
            clientCase, start, length, attendance, afterReleaseReason, caller.name(), now);
    slot.attend(
        attendance == null ? ClientAttendance.IN_PERSON : attendance, videoRoom(videoRoomId), now);
    slot.inviteCaseWorker(clientCase.caseWorker(), now);
    rooms.requireFree(meeting);
    if (clientCase.state() != CaseState.SCHEDULED) {
      cases.record(
          clientCase.moveTo(
              CaseState.SCHEDULED,
              caller.name(),
              "on the meeting of " + meeting.startsAt(),
              now.atOffset(ZoneOffset.UTC)));
    }
    audit.record(
        AuditRecord.success(
                AuditAction.CREATE,
                "ClientSlot",
                String.valueOf(slot.id()),
                slot.afterReleaseReason()
                    .map(r -> "slot scheduled after release: " + r)
                    .orElse("slot scheduled"))
            .aboutClientCase(caseId));
    events.changed(
        new MeetingChange(meetingId, Set.of(slot.id()), MeetingChange.Kind.SLOT_SCHEDULED));
    return slot;
  }

  /** A new start for a slot, within its meeting. */
  public void moveSlot(long meetingId, long slotId, long expectedMeetingVersion, Instant newStart) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    slot.meeting().move(slot, newStart);
    rooms.requireFree(slot.meeting());
    changed(slot, "slot moved", MeetingChange.Kind.SLOT_MOVED);
  }

  /** The slots in a new order, back to back from the first slot's start. */
  public void reorder(long meetingId, long expectedVersion, List<Long> slotIdsInOrder) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    meeting.reorder(slotIdsInOrder);
    rooms.requireFree(meeting);
    for (ClientSlot slot : meeting.slots()) {
      audit.record(
          AuditRecord.success(
                  AuditAction.UPDATE, "ClientSlot", String.valueOf(slot.id()), "slots reordered")
              .aboutClientCase(slot.clientCase().id()));
    }
    events.changed(
        new MeetingChange(
            meetingId, MeetingCalendar.slotIds(meeting), MeetingChange.Kind.SLOT_MOVED));
  }

  /** Moves a slot, with its invitees, to another meeting of the region. */
  public void moveToMeeting(
      long meetingId,
      long slotId,
      long expectedMeetingVersion,
      long targetMeetingId,
      long expectedTargetVersion,
      Instant start,
      String afterReleaseReason) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    long from = slot.meeting().id();
    Meeting target = rights.toChange(targetMeetingId, expectedTargetVersion);
    target.takeOver(slot, start, afterReleaseReason);
    rooms.requireFree(target);
    // one change: the slot's invitations follow it to the new meeting's time and place
    changed(slot, "slot moved from meeting " + from, MeetingChange.Kind.SLOT_MOVED);
  }

  /** Takes a client off the meeting; their invitations are cancelled (invitations issue). */
  public void removeSlot(long meetingId, long slotId, long expectedMeetingVersion) {
    removeSlot(meetingId, slotId, expectedMeetingVersion, null);
  }

  /**
   * Takes the client off the meeting; the reason goes to the slot's invitees with the cancellation.
   */
  public void removeSlot(long meetingId, long slotId, long expectedMeetingVersion, String reason) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    slot.takeOffBecause(reason);
    Meeting meeting = slot.meeting();
    ClientCase clientCase = slot.clientCase();
    events.changed(
        new MeetingChange(meeting.id(), Set.of(slotId), MeetingChange.Kind.SLOT_REMOVED));
    meeting.remove(slot);
    meetings.removeSlot(slot);
    backToWaitingUnlessScheduledElsewhere(clientCase, "taken off the meeting");
    audit.record(
        AuditRecord.success(
                AuditAction.DELETE, "ClientSlot", String.valueOf(slotId), "slot removed")
            .aboutClientCase(clientCase.id()));
  }

  /** How the client attends, and the prison video room when they join by video from there. */
  public void setAttendance(
      long meetingId,
      long slotId,
      long expectedMeetingVersion,
      ClientAttendance attendance,
      Long videoRoomId) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    slot.attend(attendance, videoRoom(videoRoomId), clock.instant());
    rooms.requireFree(slot.meeting());
    changed(slot, "client attendance: " + attendance, MeetingChange.Kind.INVITEES_CHANGED);
  }

  /**
   * The chair decides on a slot flagged because its client's release date or prison changed ({@link
   * SlotsFollowClient}): it stays, with a reason when it now lies after the release, and with the
   * video room chosen (by default the proposed one) when the prison changed. Only a changed room is
   * sent to the invitees again; a reason is the group's, not the invitees'.
   */
  public void confirmReview(
      long meetingId, long slotId, long expectedMeetingVersion, String reason, Long videoRoomId) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    if (slot.confirmReview(reason, videoRoom(videoRoomId), clock.instant())) {
      rooms.requireFree(slot.meeting());
      changed(
          slot, "slot confirmed after the client's change", MeetingChange.Kind.INVITEES_CHANGED);
    } else {
      audit.record(
          AuditRecord.success(
                  AuditAction.UPDATE,
                  "ClientSlot",
                  String.valueOf(slotId),
                  "slot confirmed after the client's release date moved")
              .aboutClientCase(slot.clientCase().id()));
    }
  }

  public void setAgenda(long meetingId, long slotId, long expectedMeetingVersion, String agenda) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    slot.describeAgenda(agenda);
    audit.record(
        AuditRecord.success(AuditAction.UPDATE, "ClientSlot", String.valueOf(slotId), "agenda")
            .aboutClientCase(slot.clientCase().id()));
  }

  /**
   * The contact persons the chair may invite to the slot: the active contacts of the organisations
   * the client's consent allows to receive an invitation. Others cannot even be chosen.
   */
  public List<InvitableContact> invitable(long meetingId, long slotId) {
    ClientSlot slot = rights.slotToSee(meetingId, slotId);
    long caseId = slot.clientCase().id();
    long regionId = slot.meeting().region().id();
    List<ContactPerson> contacts = organisations.activeContactsOfRegion(regionId);
    // the client's consent read once for all the organisations, not once per contact person
    Set<Long> allowed =
        policy.organisationsAllowed(
            caseId,
            contacts.stream().map(c -> c.organisation().id()).collect(Collectors.toSet()),
            INVITATION_DISCLOSES);
    // someone already invited to the slot is not offered again
    Set<Long> invited =
        slot.activeInvitees().stream()
            .flatMap(i -> i.contactPerson().stream())
            .map(ContactPerson::id)
            .collect(Collectors.toSet());
    return contacts.stream()
        .filter(c -> allowed.contains(c.organisation().id()))
        .filter(c -> !invited.contains(c.id()))
        .map(
            c ->
                new InvitableContact(
                    c.id(),
                    c.name(),
                    c.email(),
                    c.organisation().id(),
                    c.organisation().name(),
                    c.deputy().map(ContactPerson::name).orElse(null)))
        .toList();
  }

  /** Invites a contact person to the slot, if the client's consent allows their organisation. */
  public long invite(
      long meetingId, long slotId, long expectedMeetingVersion, long contactPersonId) {
    return inviteInto(
        rights.slotToChange(meetingId, slotId, expectedMeetingVersion), contactPersonId);
  }

  private long inviteInto(ClientSlot slot, long contactPersonId) {
    ContactPerson contact = organisations.findContact(contactPersonId).orElse(null);
    if (contact == null || !contact.isActive()) {
      throw new Refusal("invitee.noSuchContact", "no such contact person");
    }
    if (!mayBeInvited(slot.clientCase().id(), contact.organisation())) {
      audit.recordIndependently(
          AuditRecord.success(
                  AuditAction.ACCESS_DENIED,
                  "SlotInvitee",
                  String.valueOf(slot.id()),
                  "invitation refused: no consent for organisation " + contact.organisation().id())
              .aboutClientCase(slot.clientCase().id())
              .withOutcome(AuditOutcome.DENIED));
      throw new NotConsented();
    }
    var invitee = slot.invitePartner(contact, clock.instant());
    unitOfWork.flush();
    changed(slot, "invited " + contact.organisation().name(), MeetingChange.Kind.INVITEES_CHANGED);
    return invitee.id();
  }

  /**
   * Takes an invitee off the slot (their invitation is cancelled). An invitee of another slot is
   * not found, as one that does not exist; one of this slot already taken off is refused.
   */
  public void removeInvitee(
      long meetingId, long slotId, long expectedMeetingVersion, long inviteeId) {
    ClientSlot slot = rights.slotToChange(meetingId, slotId, expectedMeetingVersion);
    if (slot.invitees().stream().noneMatch(i -> i.id() != null && i.id() == inviteeId)) {
      throw new NotFound();
    }
    slot.removeInvitee(inviteeId, RemovalReason.BY_CHAIR, clock.instant());
    changed(slot, "invitee removed", MeetingChange.Kind.INVITEES_CHANGED);
  }

  private boolean mayBeInvited(long caseId, Organisation organisation) {
    return policy.decide(caseId, organisation.id(), INVITATION_DISCLOSES).allowed();
  }

  private Organisation videoRoom(Long organisationId) {
    if (organisationId == null) {
      return null;
    }
    Organisation room = organisations.find(organisationId).orElse(null);
    if (room == null || !room.hasVideoRoom()) {
      throw new Refusal("video.noSuchRoom", "no such video room");
    }
    return room;
  }

  private void changed(ClientSlot slot, String what, MeetingChange.Kind kind) {
    audit.record(
        AuditRecord.success(AuditAction.UPDATE, "ClientSlot", String.valueOf(slot.id()), what)
            .aboutClientCase(slot.clientCase().id()));
    events.changed(new MeetingChange(slot.meeting().id(), Set.of(slot.id()), kind));
  }

  /** A case taken off its only planned meeting waits for a meeting again. */
  void backToWaitingUnlessScheduledElsewhere(ClientCase clientCase, String reason) {
    boolean elsewhere =
        meetings.slotsOfCase(clientCase.id()).stream()
            .anyMatch(s -> !s.meeting().isCancelled() && s.endsAt().isAfter(clock.instant()));
    if (!elsewhere && clientCase.state() == CaseState.SCHEDULED) {
      cases.record(
          clientCase.moveTo(
              CaseState.READY_FOR_MEETING,
              caller.name(),
              reason,
              clock.instant().atOffset(ZoneOffset.UTC)));
    }
  }
}
