package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.meeting.InvitableContact;
import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingDetails;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.meeting.NeedsConfirmation;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.meeting.SlotView;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.Meeting;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The meeting page: time, place and video link; the client slots in order with their invitees;
 * adding, moving, reordering and removing slots; inviting only whom the consent allows. Every
 * change is based on the version this page showed; someone else's change in between is reported,
 * not overwritten.
 */
@Named
@ViewScoped
public class MeetingBean implements Serializable {

  private static final Set<CaseState> SCHEDULABLE =
      EnumSet.of(
          CaseState.READY_FOR_MEETING,
          CaseState.SCHEDULED,
          CaseState.DISCUSSED,
          CaseState.FOLLOW_UP);

  @Inject MeetingPlanner planner;
  @Inject MeetingCalendar calendar;
  @Inject CaseFile caseFile;
  @Inject PartnerNetwork network;
  @Inject Messages messages;
  @Inject fi.aso.application.meeting.BusyTimes busyTimes;

  private Long id;
  private transient MeetingDetails meeting;
  private transient Map<Long, List<InvitableContact>> invitable;
  private transient List<WorkListEntry> schedulableCases;
  private transient List<OrganisationSummary> videoRooms;
  private transient List<MeetingSummary> otherMeetings;

  private LocalDate editDate;
  private LocalTime editStart;
  private LocalTime editEnd;
  private String editPlace;
  private int answeredInvitees;

  private Long newCaseId;
  private LocalTime newStart;
  private int newLength = 45;
  private ClientAttendance newAttendance = ClientAttendance.IN_PERSON;
  private Long newVideoRoomId;
  private String newReason;
  private boolean reasonNeeded;

  private String busyWho;
  private LocalTime busyStart;
  private LocalTime busyEnd;
  private String busyNote;
  private transient List<fi.aso.application.meeting.BusyTimes.Entry> busyEntries;

  // per-slot form values (Faces submits strings into maps)
  private final Map<Long, String> inviteChoice = new HashMap<>();
  private final Map<Long, String> moveTime = new HashMap<>();
  private final Map<Long, String> targetMeeting = new HashMap<>();
  private final Map<Long, String> attendanceChoice = new HashMap<>();
  private final Map<Long, String> roomChoice = new HashMap<>();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      meeting = planner.meeting(id, "meeting page");
      editDate = Times.localDate(meeting.start());
      editStart = Times.localTime(meeting.start());
      editEnd = Times.localTime(meeting.end());
      editPlace = meeting.place();
      for (SlotView slot : meeting.slots()) {
        attendanceChoice.put(slot.id(), slot.attendance().name());
        roomChoice.put(
            slot.id(), slot.videoRoomId() == null ? "" : String.valueOf(slot.videoRoomId()));
      }
      if (newStart == null) {
        newStart = Times.localTime(firstFreeStart());
      }
      invitable = null;
    } catch (CaseAccessDenied e) {
      meeting = null;
    }
  }

  private java.time.Instant firstFreeStart() {
    return meeting.slots().stream()
        .map(SlotView::end)
        .max(java.util.Comparator.naturalOrder())
        .orElse(meeting.start());
  }

  public void reschedule() {
    change(
        () ->
            calendar.reschedule(
                id,
                meeting.version(),
                Times.instant(editDate, editStart),
                Times.instant(editDate, editEnd),
                editPlace,
                answeredInvitees > 0),
        "meeting.saved");
  }

  public void cancelMeeting() {
    change(() -> calendar.cancel(id, meeting.version()), "meeting.cancelled");
  }

  public void addSlot() {
    reasonNeeded = false;
    change(
        () ->
            planner.addSlot(
                id,
                meeting.version(),
                newCaseId == null ? -1 : newCaseId,
                Times.instant(editDateOfMeeting(), newStart),
                Duration.ofMinutes(newLength),
                newAttendance,
                newAttendance == ClientAttendance.VIDEO_FROM_PRISON ? newVideoRoomId : null,
                newReason),
        "meeting.slot.added");
    if (!failed()) {
      newCaseId = null;
      newReason = null;
      newStart = Times.localTime(firstFreeStart());
    }
  }

  public void invite(long slotId) {
    String chosen = inviteChoice.get(slotId);
    if (chosen == null || chosen.isBlank()) {
      messages.error("meeting.invite.choose");
      return;
    }
    change(
        () -> planner.invite(slotId, meeting.version(), Long.parseLong(chosen)), "meeting.invited");
    inviteChoice.remove(slotId);
  }

  public void removeInvitee(long slotId, long inviteeId) {
    change(
        () -> planner.removeInvitee(slotId, meeting.version(), inviteeId),
        "meeting.invitee.removed");
  }

  public void moveSlot(long slotId) {
    LocalTime time = parseTime(moveTime.get(slotId));
    if (time == null) {
      return;
    }
    String target = targetMeeting.get(slotId);
    if (target == null || target.isBlank() || Long.parseLong(target) == id) {
      change(
          () ->
              planner.moveSlot(slotId, meeting.version(), Times.instant(editDateOfMeeting(), time)),
          "meeting.slot.moved");
    } else {
      MeetingSummary other =
          getOtherMeetings().stream()
              .filter(m -> m.id() == Long.parseLong(target))
              .findFirst()
              .orElse(null);
      if (other == null) {
        messages.error("meeting.invalid");
        return;
      }
      change(
          () ->
              planner.moveToMeeting(
                  slotId,
                  meeting.version(),
                  other.id(),
                  other.version(),
                  Times.instant(Times.localDate(other.start()), time),
                  newReason),
          "meeting.slot.movedAway");
    }
    moveTime.remove(slotId);
    targetMeeting.remove(slotId);
  }

  /** Moves a slot one place earlier (-1) or later (+1); the slots close up back to back. */
  public void shift(long slotId, int direction) {
    List<Long> order = new ArrayList<>(meeting.slots().stream().map(SlotView::id).toList());
    int at = order.indexOf(slotId);
    int to = at + direction;
    if (at < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.set(at, order.get(to));
    order.set(to, slotId);
    change(() -> planner.reorder(id, meeting.version(), order), "meeting.slot.moved");
  }

  public void removeSlot(long slotId) {
    change(() -> planner.removeSlot(slotId, meeting.version()), "meeting.slot.removed");
  }

  public void saveAttendance(long slotId) {
    String chosen = attendanceChoice.get(slotId);
    if (chosen == null) {
      return;
    }
    ClientAttendance attendance = ClientAttendance.valueOf(chosen);
    String room = roomChoice.get(slotId);
    Long roomId =
        attendance == ClientAttendance.VIDEO_FROM_PRISON && room != null && !room.isBlank()
            ? Long.valueOf(room)
            : null;
    change(
        () -> planner.setAttendance(slotId, meeting.version(), attendance, roomId),
        "meeting.saved");
  }

  /**
   * Records a busy time by hand ("in court 9-10") for an invitee or a video room, on the meeting's
   * day.
   */
  public void addBusy() {
    if (busyWho == null || !busyWho.matches("(CONTACT|STAFF|VIDEO_ROOM):\\d+")) {
      messages.error("meeting.busy.choose");
      return;
    }
    String[] parts = busyWho.split(":");
    change(
        () ->
            busyTimes.add(
                fi.aso.application.meeting.BusyTimes.Whose.valueOf(parts[0]),
                Long.parseLong(parts[1]),
                Times.instant(editDateOfMeeting(), busyStart),
                Times.instant(editDateOfMeeting(), busyEnd),
                busyNote),
        "meeting.busy.added");
    if (!failed()) {
      busyNote = null;
    }
  }

  public void removeBusy(long busyTimeId) {
    change(() -> busyTimes.remove(busyTimeId), "meeting.busy.removed");
  }

  /** Busy times entered by hand during the meeting. */
  public List<fi.aso.application.meeting.BusyTimes.Entry> getBusyEntries() {
    if (busyEntries == null && meeting != null) {
      busyEntries = busyTimes.between(meeting.start(), meeting.end());
    }
    return busyEntries;
  }

  /**
   * Whose busy time can be entered: the meeting's partner invitees, case workers and video rooms.
   */
  public List<jakarta.faces.model.SelectItem> getBusyCandidates() {
    Map<String, String> choices = new java.util.LinkedHashMap<>();
    for (SlotView slot : meeting.slots()) {
      for (var invitee : slot.invitees()) {
        if (invitee.active() && invitee.contactPersonId() != null) {
          choices.put(
              "CONTACT:" + invitee.contactPersonId(),
              invitee.name() + " (" + invitee.organisation() + ")");
        } else if (invitee.active() && invitee.staffUserId() != null) {
          choices.put("STAFF:" + invitee.staffUserId(), invitee.name());
        }
      }
    }
    getVideoRooms()
        .forEach(
            r ->
                choices.put(
                    "VIDEO_ROOM:" + r.id(), r.name() + " – " + messages.get("meeting.videoRoom")));
    return choices.entrySet().stream()
        .map(e -> new jakarta.faces.model.SelectItem(e.getKey(), e.getValue()))
        .toList();
  }

  /** Runs a change; reports refusals clearly and always shows the meeting as it now is. */
  private void change(Runnable action, String doneKey) {
    try {
      action.run();
      answeredInvitees = 0;
      messages.info(doneKey);
    } catch (NeedsConfirmation e) {
      answeredInvitees = e.answered();
      messages.warn("meeting.confirmMove");
    } catch (ConcurrentEdit e) {
      messages.error("meeting.conflict");
    } catch (NotConsented e) {
      messages.error("meeting.invite.notConsented");
    } catch (Meeting.AfterRelease e) {
      reasonNeeded = true;
      messages.error("meeting.afterRelease");
    } catch (IllegalArgumentException e) {
      messages.refused("meeting.invalid", e);
    }
    load();
    otherMeetings = null;
    schedulableCases = null;
    busyEntries = null;
  }

  private boolean failed() {
    return FacesContext.getCurrentInstance().getMessageList().stream()
        .anyMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR);
  }

  private LocalDate editDateOfMeeting() {
    return Times.localDate(meeting.start());
  }

  private LocalTime parseTime(String text) {
    try {
      return LocalTime.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      messages.error("meetings.invalidTime");
      return null;
    }
  }

  /** The contact persons the consent allows for a slot (no one else can be chosen). */
  public List<InvitableContact> invitableFor(long slotId) {
    if (invitable == null) {
      invitable = new HashMap<>();
    }
    return invitable.computeIfAbsent(slotId, planner::invitable);
  }

  public List<WorkListEntry> getSchedulableCases() {
    if (schedulableCases == null) {
      Set<Long> onThisMeeting = new java.util.HashSet<>();
      meeting.slots().forEach(s -> onThisMeeting.add(s.caseId()));
      schedulableCases =
          caseFile.workList().stream()
              .filter(c -> SCHEDULABLE.contains(c.state()) && !onThisMeeting.contains(c.caseId()))
              .toList();
    }
    return schedulableCases;
  }

  public List<OrganisationSummary> getVideoRooms() {
    if (videoRooms == null) {
      videoRooms =
          network.ofCallersRegion().stream().filter(OrganisationSummary::videoRoom).toList();
    }
    return videoRooms;
  }

  /** Other planned meetings of the coming months, to move a slot to. */
  public List<MeetingSummary> getOtherMeetings() {
    if (otherMeetings == null) {
      LocalDate today = LocalDate.now(Times.ZONE);
      otherMeetings =
          calendar.between(today, today.plusMonths(6)).stream()
              .filter(m -> m.id() != id && m.status().name().equals("PLANNED"))
              .toList();
    }
    return otherMeetings;
  }

  public ClientAttendance[] getAttendances() {
    return ClientAttendance.values();
  }

  public boolean isChair() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CHAIR");
  }

  public boolean isPlanned() {
    return meeting != null && meeting.status().name().equals("PLANNED");
  }

  public MeetingDetails getMeeting() {
    return meeting;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String joinRoom() {
    return meeting == null ? null : meeting.videoLink();
  }

  public String getBusyWho() {
    return busyWho;
  }

  public void setBusyWho(String busyWho) {
    this.busyWho = busyWho;
  }

  public LocalTime getBusyStart() {
    return busyStart;
  }

  public void setBusyStart(LocalTime busyStart) {
    this.busyStart = busyStart;
  }

  public LocalTime getBusyEnd() {
    return busyEnd;
  }

  public void setBusyEnd(LocalTime busyEnd) {
    this.busyEnd = busyEnd;
  }

  public String getBusyNote() {
    return busyNote;
  }

  public void setBusyNote(String busyNote) {
    this.busyNote = busyNote;
  }

  public Map<Long, String> getInviteChoice() {
    return inviteChoice;
  }

  public Map<Long, String> getMoveTime() {
    return moveTime;
  }

  public Map<Long, String> getTargetMeeting() {
    return targetMeeting;
  }

  public Map<Long, String> getAttendanceChoice() {
    return attendanceChoice;
  }

  public Map<Long, String> getRoomChoice() {
    return roomChoice;
  }

  public int getAnsweredInvitees() {
    return answeredInvitees;
  }

  public boolean isReasonNeeded() {
    return reasonNeeded;
  }

  public LocalDate getEditDate() {
    return editDate;
  }

  public void setEditDate(LocalDate editDate) {
    this.editDate = editDate;
  }

  public LocalTime getEditStart() {
    return editStart;
  }

  public void setEditStart(LocalTime editStart) {
    this.editStart = editStart;
  }

  public LocalTime getEditEnd() {
    return editEnd;
  }

  public void setEditEnd(LocalTime editEnd) {
    this.editEnd = editEnd;
  }

  public String getEditPlace() {
    return editPlace;
  }

  public void setEditPlace(String editPlace) {
    this.editPlace = editPlace;
  }

  public Long getNewCaseId() {
    return newCaseId;
  }

  public void setNewCaseId(Long newCaseId) {
    this.newCaseId = newCaseId;
  }

  public LocalTime getNewStart() {
    return newStart;
  }

  public void setNewStart(LocalTime newStart) {
    this.newStart = newStart;
  }

  public int getNewLength() {
    return newLength;
  }

  public void setNewLength(int newLength) {
    this.newLength = newLength;
  }

  public ClientAttendance getNewAttendance() {
    return newAttendance;
  }

  public void setNewAttendance(ClientAttendance newAttendance) {
    this.newAttendance = newAttendance;
  }

  public Long getNewVideoRoomId() {
    return newVideoRoomId;
  }

  public void setNewVideoRoomId(Long newVideoRoomId) {
    this.newVideoRoomId = newVideoRoomId;
  }

  public String getNewReason() {
    return newReason;
  }

  public void setNewReason(String newReason) {
    this.newReason = newReason;
  }
}
