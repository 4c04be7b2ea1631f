package fi.aso.application.meetingday;

import fi.aso.application.NotFound;
import fi.aso.application.UnitOfWork;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.meetingday.SlotRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The meeting day (seed 004): slot by slot, the chair writes notes on the process's topics (started
 * from the referral), records who took part and how, the joint assessment and the decisions. Saving
 * is safe to repeat (the page autosaves) and refuses to overwrite a record someone else saved in
 * between. Reads and writes are audited against each client's case.
 */
@Stateless
public class MeetingDay {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @Inject MeetingRepository meetings;
  @Inject MeetingDayRepository meetingDays;
  @Inject UnitOfWork unitOfWork;

  @Inject MeetingRights rights;
  @Inject CallerIdentity caller;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public MeetingDay() {}

  /** For tests outside the container. */
  public MeetingDay(
      MeetingRepository meetings,
      MeetingDayRepository meetingDays,
      UnitOfWork unitOfWork,
      MeetingRights rights,
      CallerIdentity caller,
      AuditTrail audit,
      Clock clock) {
    this.meetings = meetings;
    this.meetingDays = meetingDays;
    this.unitOfWork = unitOfWork;
    this.rights = rights;
    this.caller = caller;
    this.audit = audit;
    this.clock = clock;
  }

  /** When and where the meeting is, for the page's heading (nothing about any client). */
  public record Heading(long meetingId, Instant start, Instant end, String place) {}

  public Heading heading(long meetingId) {
    Meeting meeting = rights.toSee(meetingId);
    return new Heading(meeting.id(), meeting.startsAt(), meeting.endsAt(), meeting.place());
  }

  /** The meeting's slots as the chair works through them. */
  public List<SlotDay> day(long meetingId) {
    Meeting meeting = rights.toSee(meetingId);
    LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
    // every slot's record and actions in one read each, not two per slot
    List<Long> slotIds = meeting.slots().stream().map(ClientSlot::id).toList();
    Map<Long, SlotRecord> records = meetingDays.recordsOf(slotIds);
    Map<Long, List<ActionItem>> actionsOfSlot = meetingDays.actionsOfSlots(slotIds);
    return meeting.slots().stream()
        .map(
            slot -> {
              audit.record(
                  AuditRecord.success(
                          AuditAction.READ, "SlotRecord", String.valueOf(slot.id()), "meeting day")
                      .aboutClientCase(slot.clientCase().id()));
              SlotRecord record = records.get(slot.id());
              SlotRecord shown = record != null ? record : SlotRecord.startFor(slot);
              List<SlotDay.Attendee> attendees =
                  slot.activeInvitees().stream()
                      .map(
                          i ->
                              new SlotDay.Attendee(
                                  i.id(),
                                  nameOf(i),
                                  i.organisation().map(o -> o.name()).orElse(null),
                                  i.organisation().map(o -> o.id()).orElse(null),
                                  i.contactPerson().map(c -> c.id()).orElse(null),
                                  i.attendance().orElse(null),
                                  i.statement().orElse(null)))
                      .toList();
              List<ActionView> actions =
                  actionsOfSlot.getOrDefault(slot.id(), List.of()).stream()
                      .map(a -> ActionView.of(a, today))
                      .toList();
              return new SlotDay(
                  slot.id(),
                  slot.clientCase().id(),
                  slot.clientCase().reference(),
                  slot.clientCase().fullName(),
                  slot.startsAt(),
                  slot.endsAt(),
                  shown.notes(),
                  shown.housingForm().orElse(null),
                  shown.supportNeeded().orElse(null),
                  shown.decisions().orElse(null),
                  record == null ? null : record.version(),
                  attendees,
                  actions);
            })
        .toList();
  }

  /**
   * Saves the slot's notes, assessment and decisions, if the record is still the version the page
   * loaded (null: not saved yet). Returns the new version.
   */
  public long save(
      long slotId,
      Long expectedVersion,
      Map<Referral.Topic, String> notes,
      HousingForm housing,
      String support,
      String decisions) {
    ClientSlot slot = chairsSlot(slotId);
    SlotRecord record = meetingDays.recordOf(slotId).orElse(null);
    if (record == null) {
      if (expectedVersion != null) {
        throw new ConcurrentEdit();
      }
      record = meetingDays.storeRecord(SlotRecord.startFor(slot));
    } else if (expectedVersion == null || record.version() != expectedVersion) {
      throw new ConcurrentEdit();
    }
    record.write(notes, housing, support, decisions, caller.name(), clock.instant());
    unitOfWork.flush();
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE, "SlotRecord", String.valueOf(slotId), "meeting-day record")
            .aboutClientCase(slot.clientCase().id()));
    return record.version();
  }

  /** How an invitee took part (present, by video, absent with or without a statement, excused). */
  public void attendance(long slotId, long inviteeId, Attendance how, String statement) {
    ClientSlot slot = chairsSlot(slotId);
    SlotInvitee invitee =
        slot.activeInvitees().stream()
            .filter(i -> i.id() == inviteeId)
            .findFirst()
            .orElseThrow(NotFound::new);
    invitee.attended(how, statement);
    audit.record(
        AuditRecord.success(
                AuditAction.UPDATE, "SlotInvitee", String.valueOf(inviteeId), "attendance: " + how)
            .aboutClientCase(slot.clientCase().id()));
  }

  /**
   * Refuses (as not found) a slot that is not on the meeting: the API names both, and a slot of
   * another meeting must not be reached through this one.
   */
  public void requireSlotOf(long meetingId, long slotId) {
    meetings
        .findSlot(slotId)
        .filter(slot -> slot.meeting().id() == meetingId)
        .orElseThrow(CaseAccessDenied::new);
  }

  private ClientSlot chairsSlot(long slotId) {
    ClientSlot slot = meetings.findSlot(slotId).orElseThrow(CaseAccessDenied::new);
    rights.chair();
    rights.toSee(slot.meeting().id());
    return slot;
  }

  private static String nameOf(SlotInvitee i) {
    if (i.kind() == InviteeKind.CLIENT) {
      return null;
    }
    return i.contactPerson()
        .map(c -> c.name())
        .or(() -> i.staffUser().map(u -> u.displayName()))
        .orElse("");
  }
}
