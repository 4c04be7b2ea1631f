package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.domain.meeting.ClientAttendance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Putting a client on the meeting: one of the region's cases that are ready for a meeting and not
 * on this one yet, at a start and length, attending in person, by video from prison or not at all.
 * A slot after the client's expected release needs a reason, typed here.
 */
@Named
@ViewScoped
public class NewSlotBean implements Serializable {

  @Inject MeetingBean meetingBean;
  @Inject MeetingPlanner planner;
  @Inject CaseFile caseFile;
  @Inject Messages messages;

  private Long newCaseId;
  private LocalTime newStart;
  private int newLength = 45;
  private ClientAttendance newAttendance = ClientAttendance.IN_PERSON;
  private Long newVideoRoomId;
  private String newReason;

  private transient List<WorkListEntry> schedulableCases;
  private int schedulableFrom = -1;

  public void addSlot() {
    meetingBean.change(
        () ->
            planner.addSlot(
                meetingBean.getId(),
                meetingBean.version(),
                newCaseId == null ? -1 : newCaseId,
                Times.instant(meetingBean.day(), newStart),
                Duration.ofMinutes(newLength),
                newAttendance,
                newAttendance == ClientAttendance.VIDEO_FROM_PRISON ? newVideoRoomId : null,
                newReason),
        "meeting.slot.added");
    if (!messages.failed()) {
      newCaseId = null;
      newReason = null;
      newStart = Times.localTime(meetingBean.firstFreeStart());
    }
  }

  /** The region's cases the planner would accept on this meeting (none twice). */
  public List<WorkListEntry> getSchedulableCases() {
    if (schedulableCases == null || schedulableFrom != meetingBean.loads()) {
      schedulableFrom = meetingBean.loads();
      Set<Long> onThisMeeting =
          meetingBean.getMeeting().slots().stream()
              .map(s -> s.caseId())
              .collect(Collectors.toSet());
      schedulableCases =
          caseFile.workList().stream()
              .filter(c -> MeetingPlanner.schedulable(c.state()))
              .filter(c -> !onThisMeeting.contains(c.caseId()))
              .toList();
    }
    return schedulableCases;
  }

  public ClientAttendance[] getAttendances() {
    return ClientAttendance.values();
  }

  /**
   * The reason typed for a slot after the client's release; also used when a slot is moved to a
   * meeting after the release (the move form has no field of its own).
   */
  String reason() {
    return newReason;
  }

  public Long getNewCaseId() {
    return newCaseId;
  }

  public void setNewCaseId(Long newCaseId) {
    this.newCaseId = newCaseId;
  }

  /** Suggested: right after the last slot. */
  public LocalTime getNewStart() {
    if (newStart == null && meetingBean.getMeeting() != null) {
      newStart = Times.localTime(meetingBean.firstFreeStart());
    }
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
