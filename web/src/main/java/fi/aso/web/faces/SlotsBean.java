package fi.aso.web.faces;

import fi.aso.application.i18n.DateInput;
import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingDetails;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.meeting.SlotView;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.MeetingStatus;
import fi.aso.web.Ids;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The slots already on the meeting: moving one to another time (on this meeting or another planned
 * one), one place earlier or later, how the client attends, and taking it off.
 */
@Named
@ViewScoped
public class SlotsBean implements Serializable {

  @Inject MeetingBean meetingBean;
  @Inject NewSlotBean newSlot;
  @Inject MeetingPlanner planner;
  @Inject MeetingCalendar calendar;
  @Inject Messages messages;

  // per-slot form values (Faces submits strings into maps)
  private final Map<Long, String> moveTime = new HashMap<>();
  private final Map<Long, String> targetMeeting = new HashMap<>();
  private final Map<Long, String> attendanceChoice = new HashMap<>();
  private final Map<Long, String> roomChoice = new HashMap<>();

  private long filledFrom = -1;
  private transient List<MeetingSummary> otherMeetings;
  private int otherMeetingsFrom = -1;

  public void moveSlot(long slotId) {
    LocalTime time = parseTime(moveTime.get(slotId));
    if (time == null) {
      return;
    }
    String chosen = targetMeeting.get(slotId);
    Long target = Ids.parse(chosen);
    boolean moved;
    if (chosen == null || chosen.isBlank() || Objects.equals(target, meetingBean.getId())) {
      moved =
          meetingBean.change(
              () ->
                  planner.moveSlot(
                      meetingBean.getId(),
                      slotId,
                      meetingBean.version(),
                      Times.instant(meetingBean.day(), time)),
              "meeting.slot.moved");
    } else {
      MeetingSummary other =
          getOtherMeetings().stream()
              .filter(m -> Objects.equals(m.id(), target))
              .findFirst()
              .orElse(null);
      if (other == null) {
        messages.error("meeting.invalid");
        return;
      }
      moved =
          meetingBean.change(
              () ->
                  planner.moveToMeeting(
                      meetingBean.getId(),
                      slotId,
                      meetingBean.version(),
                      other.id(),
                      other.version(),
                      Times.instant(Times.localDate(other.start()), time),
                      newSlot.reason()),
              "meeting.slot.movedAway");
    }
    if (moved) {
      // a refused move keeps what the chair typed
      moveTime.remove(slotId);
      targetMeeting.remove(slotId);
    }
  }

  /** Moves a slot one place earlier (-1) or later (+1); the slots close up back to back. */
  public void shift(long slotId, int direction) {
    List<Long> order =
        new ArrayList<>(meetingBean.getMeeting().slots().stream().map(SlotView::id).toList());
    int at = order.indexOf(slotId);
    int to = at + direction;
    if (at < 0 || to < 0 || to >= order.size()) {
      return;
    }
    order.set(at, order.get(to));
    order.set(to, slotId);
    meetingBean.change(
        () -> planner.reorder(meetingBean.getId(), meetingBean.version(), order),
        "meeting.slot.moved");
  }

  /** Why each slot's client is taken off, as typed beside its button. */
  private final Map<Long, String> removalReason = new HashMap<>();

  public void removeSlot(long slotId) {
    meetingBean.change(
        () ->
            planner.removeSlot(
                meetingBean.getId(), slotId, meetingBean.version(), removalReason.get(slotId)),
        "meeting.slot.removed");
  }

  public Map<Long, String> getRemovalReason() {
    return removalReason;
  }

  /** How the client attends; the video room counts only when they join by video from prison. */
  public void saveAttendance(long slotId) {
    String chosen = attendanceChoice.get(slotId);
    if (chosen == null) {
      return;
    }
    ClientAttendance attendance;
    try {
      attendance = ClientAttendance.valueOf(chosen);
    } catch (IllegalArgumentException e) {
      messages.error("meeting.invalid");
      return;
    }
    Long roomId =
        attendance == ClientAttendance.VIDEO_FROM_PRISON ? Ids.parse(roomChoice.get(slotId)) : null;
    meetingBean.change(
        () ->
            planner.setAttendance(
                meetingBean.getId(), slotId, meetingBean.version(), attendance, roomId),
        "meeting.saved");
  }

  /** The chair's reason and video room for each flagged slot, as typed or chosen beside it. */
  private final Map<Long, String> reviewReason = new HashMap<>();

  private final Map<Long, String> reviewRoom = new HashMap<>();

  /**
   * The chair decides on a slot flagged after its client's release date or prison changed: it
   * stays, with the reason and the room given here; only a changed room is sent to the invitees.
   */
  public void confirmReview(long slotId) {
    boolean done =
        meetingBean.change(
            () ->
                planner.confirmReview(
                    meetingBean.getId(),
                    slotId,
                    meetingBean.version(),
                    reviewReason.get(slotId),
                    Ids.parse(reviewRoom.get(slotId))),
            "meeting.review.confirmed");
    if (done) {
      reviewReason.remove(slotId);
    }
  }

  public Map<Long, String> getReviewReason() {
    return reviewReason;
  }

  public Map<Long, String> getReviewRoom() {
    fill();
    return reviewRoom;
  }

  private LocalTime parseTime(String text) {
    LocalTime time = DateInput.time(text).orElse(null);
    if (time == null) {
      messages.error("input.time.invalid");
    }
    return time;
  }

  /** Other planned meetings of the coming months, to move a slot to. */
  public List<MeetingSummary> getOtherMeetings() {
    if (otherMeetings == null || otherMeetingsFrom != meetingBean.loads()) {
      otherMeetingsFrom = meetingBean.loads();
      LocalDate today = LocalDate.now(Times.ZONE);
      otherMeetings =
          calendar.between(today, today.plusMonths(6)).stream()
              .filter(m -> !Objects.equals(m.id(), meetingBean.getId()))
              .filter(m -> m.status() == MeetingStatus.PLANNED)
              .toList();
    }
    return otherMeetings;
  }

  /**
   * Fills each slot's attendance and room from the meeting when the meeting changed; a refused
   * change keeps what the chair chose.
   */
  private void fill() {
    MeetingDetails meeting = meetingBean.getMeeting();
    if (meeting != null && filledFrom != meeting.version()) {
      filledFrom = meeting.version();
      for (SlotView slot : meeting.slots()) {
        attendanceChoice.put(slot.id(), slot.attendance().name());
        roomChoice.put(
            slot.id(), slot.videoRoomId() == null ? "" : String.valueOf(slot.videoRoomId()));
        reviewRoom.put(
            slot.id(),
            slot.proposedVideoRoomId() == null ? "" : String.valueOf(slot.proposedVideoRoomId()));
      }
    }
  }

  public ClientAttendance[] getAttendances() {
    return ClientAttendance.values();
  }

  public Map<Long, String> getMoveTime() {
    return moveTime;
  }

  public Map<Long, String> getTargetMeeting() {
    return targetMeeting;
  }

  public Map<Long, String> getAttendanceChoice() {
    fill();
    return attendanceChoice;
  }

  public Map<Long, String> getRoomChoice() {
    fill();
    return roomChoice;
  }
}
