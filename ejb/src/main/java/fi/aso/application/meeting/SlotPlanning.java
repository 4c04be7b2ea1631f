package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.BusyTime;
import fi.aso.domain.meeting.BusyTimeRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.meeting.scheduling.Busy;
import fi.aso.domain.meeting.scheduling.FinderRequest;
import fi.aso.domain.meeting.scheduling.Participant;
import fi.aso.domain.meeting.scheduling.Plan;
import fi.aso.domain.meeting.scheduling.PlannedSlot;
import fi.aso.domain.meeting.scheduling.SlotFinder;
import fi.aso.domain.meeting.scheduling.SlotRequest;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.staff.StaffUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finding times for a meeting's slots: gathers every invitee's busy times (their calendar feed,
 * busy times entered by hand, their other slots on the platform) and the prison video rooms'
 * bookings, asks the {@link SlotFinder} and applies the plan the chair accepts. Feeds that cannot
 * be read are reported, not fatal.
 */
@Stateless
public class SlotPlanning {

  /** Start times are proposed on a five-minute grid from the meeting's start. */
  static final Duration STEP = Duration.ofMinutes(5);

  @Inject MeetingRepository meetings;
  @Inject BusyTimeRepository busyTimes;

  @Inject MeetingRights rights;
  @Inject CalendarFeeds feeds;
  @Inject AuditTrail audit;
  @Inject MeetingEvents events;
  @Inject VideoRoomBookings rooms;

  private final SlotFinder finder = new SlotFinder();

  public SlotPlanning() {}

  /** For tests outside the container. */
  public SlotPlanning(
      MeetingRepository meetings,
      BusyTimeRepository busyTimes,
      MeetingRights rights,
      CalendarFeeds feeds,
      AuditTrail audit,
      MeetingEvents events,
      VideoRoomBookings rooms) {
    this.meetings = meetings;
    this.busyTimes = busyTimes;
    this.rights = rights;
    this.feeds = feeds;
    this.audit = audit;
    this.events = events;
    this.rooms = rooms;
  }

  public SlotProposal propose(long meetingId) {
    Meeting meeting = rights.toSee(meetingId);
    Instant from = meeting.startsAt();
    Instant to = meeting.endsAt();
    Map<String, Participant> participants = new TreeMap<>();
    List<SlotRequest> requests = new ArrayList<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (ClientSlot slot : meeting.slots()) {
      List<String> keys = new ArrayList<>();
      for (SlotInvitee invitee : slot.activeInvitees()) {
        participantOf(invitee)
            .ifPresent(
                p -> {
                  participants.put(p.key(), p);
                  keys.add(p.key());
                });
      }
      slot.videoRoom()
          .ifPresent(
              room -> {
                Participant p = Participant.room(roomKey(room), room.name());
                participants.put(p.key(), p);
                keys.add(p.key());
              });
      // its present time is the one a move must be explained against
      requests.add(
          new SlotRequest(String.valueOf(slot.id()), slot.length(), keys, slot.startsAt()));
      labels.put(String.valueOf(slot.id()), slot.clientCase().reference());
    }
    List<Busy> busy = new ArrayList<>();
    Map<String, String> feedProblems = new TreeMap<>();
    enteredByHand(meeting, from, to, participants, busy);
    otherSlots(meeting, from, to, participants, busy);
    fromFeeds(meeting, from, to, participants, busy, feedProblems);
    Plan plan =
        finder.find(
            new FinderRequest(from, to, STEP, requests, List.copyOf(participants.values()), busy));
    for (ClientSlot slot : meeting.slots()) {
      audit.record(
          AuditRecord.success(
                  AuditAction.READ, "ClientSlot", String.valueOf(slot.id()), "slot finder")
              .aboutClientCase(slot.clientCase().id()));
    }
    return new SlotProposal(plan, labels, feedProblems, meeting.version());
  }

  /** Moves the slots to the accepted plan's times (all at once, so slots may swap places). */
  public void apply(long meetingId, long expectedVersion, List<PlannedSlot> planned) {
    Meeting meeting = rights.toChange(meetingId, expectedVersion);
    Map<Long, Instant> starts = new LinkedHashMap<>();
    for (PlannedSlot p : planned) {
      try {
        starts.put(Long.valueOf(p.slotKey()), p.start());
      } catch (NumberFormatException e) {
        throw new Refusal("slot.planUnknown", "the plan names a slot that is not on this meeting");
      }
    }
    meeting.plan(starts);
    rooms.requireFree(meeting);
    for (ClientSlot slot : meeting.slots()) {
      audit.record(
          AuditRecord.success(
                  AuditAction.UPDATE,
                  "ClientSlot",
                  String.valueOf(slot.id()),
                  "slot finder plan applied")
              .aboutClientCase(slot.clientCase().id()));
    }
    events.changed(
        new MeetingChange(
            meetingId, MeetingCalendar.slotIds(meeting), MeetingChange.Kind.SLOT_MOVED));
  }

  private static Optional<Participant> participantOf(SlotInvitee invitee) {
    return switch (invitee.kind()) {
      case PARTNER ->
          invitee
              .contactPerson()
              .map(
                  c ->
                      Participant.person(
                          contactKey(c), c.name() + " (" + c.organisation().name() + ")"));
      case CASE_WORKER ->
          invitee.staffUser().map(u -> Participant.person(staffKey(u), u.displayName()));
      // the client's own time is the prison's: their video room stands for it
      case CLIENT -> Optional.empty();
    };
  }

  private void enteredByHand(
      Meeting meeting,
      Instant from,
      Instant to,
      Map<String, Participant> participants,
      List<Busy> busy) {
    for (BusyTime b : busyTimes.ofRegionBetween(meeting.region().id(), from, to)) {
      Optional<String> key =
          b.contactPerson()
              .map(SlotPlanning::contactKey)
              .or(() -> b.staffUser().map(SlotPlanning::staffKey))
              .or(() -> b.videoRoom().map(SlotPlanning::roomKey));
      key.filter(participants::containsKey)
          .ifPresent(k -> busy.add(new Busy(k, b.startsAt(), b.endsAt())));
    }
  }

  /** The same people and rooms on other meetings' slots at the same time are busy there. */
  private void otherSlots(
      Meeting meeting,
      Instant from,
      Instant to,
      Map<String, Participant> participants,
      List<Busy> busy) {
    List<ClientSlot> overlapping =
        meetings.plannedSlotsOfOtherMeetingsBetween(meeting.id(), from, to);
    for (ClientSlot other : overlapping) {
      for (SlotInvitee invitee : other.activeInvitees()) {
        participantOf(invitee)
            .map(Participant::key)
            .filter(participants::containsKey)
            .ifPresent(k -> busy.add(new Busy(k, other.startsAt(), other.endsAt())));
      }
      other
          .videoRoom()
          .map(SlotPlanning::roomKey)
          .filter(participants::containsKey)
          .ifPresent(k -> busy.add(new Busy(k, other.startsAt(), other.endsAt())));
    }
  }

  private void fromFeeds(
      Meeting meeting,
      Instant from,
      Instant to,
      Map<String, Participant> participants,
      List<Busy> busy,
      Map<String, String> problems) {
    meeting.slots().stream()
        .flatMap(s -> s.activeInvitees().stream())
        .flatMap(i -> i.contactPerson().stream())
        .distinct()
        .forEach(
            contact ->
                contact
                    .busyFeedUrl()
                    .ifPresent(
                        url -> {
                          CalendarFeeds.Answer answer = feeds.busyTimes(url, from, to);
                          answer
                              .problem()
                              .ifPresent(
                                  p ->
                                      problems.put(
                                          participants.get(contactKey(contact)).displayName(), p));
                          answer
                              .busy()
                              .forEach(
                                  period ->
                                      busy.add(
                                          new Busy(
                                              contactKey(contact), period.start(), period.end())));
                        }));
  }

  static String contactKey(ContactPerson c) {
    return "contact:" + c.id();
  }

  static String staffKey(StaffUser u) {
    return "staff:" + u.id();
  }

  static String roomKey(Organisation room) {
    return "room:" + room.id();
  }
}
