package fi.aso.web.faces;

import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingDetails;
import fi.aso.application.meeting.NeedsConfirmation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The meeting page's own details: moving the meeting to another day, time or place, and cancelling
 * it. Moving a meeting whose invitees already answered asks for confirmation first: the button then
 * says so, and pressing it again moves the meeting.
 */
@Named
@ViewScoped
public class RescheduleBean implements Serializable {

  @Inject MeetingBean meetingBean;
  @Inject MeetingCalendar calendar;

  private LocalDate editDate;
  private LocalTime editStart;
  private LocalTime editEnd;
  private String editPlace;
  private int answeredInvitees;

  /**
   * The version of the meeting the form was filled from. The form is filled again only when the
   * meeting itself changed (a save shows what was saved); a refused or not yet confirmed change
   * keeps what the chair typed, so that confirming moves the meeting to those values.
   */
  private long filledFrom = -1;

  public void reschedule() {
    boolean confirmed = answeredInvitees > 0;
    boolean done =
        meetingBean.change(
            () -> {
              try {
                calendar.reschedule(
                    meetingBean.getId(),
                    meetingBean.version(),
                    Times.instant(editDate, editStart),
                    Times.instant(editDate, editEnd),
                    editPlace,
                    confirmed);
              } catch (NeedsConfirmation e) {
                answeredInvitees = e.answered();
                throw e;
              }
            },
            "meeting.saved");
    if (done) {
      answeredInvitees = 0;
    }
  }

  /** Why the meeting is cancelled, as the chair types it in the cancellation form. */
  private String cancelReason;

  public void cancelMeeting() {
    meetingBean.change(
        () -> calendar.cancel(meetingBean.getId(), meetingBean.version(), cancelReason),
        "meeting.cancelled");
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  private void fill() {
    MeetingDetails meeting = meetingBean.getMeeting();
    if (meeting != null && filledFrom != meeting.version()) {
      filledFrom = meeting.version();
      // the meeting changed (saved, or by someone else): a confirmation asked for before is void
      answeredInvitees = 0;
      editDate = Times.localDate(meeting.start());
      editStart = Times.localTime(meeting.start());
      editEnd = Times.localTime(meeting.end());
      editPlace = meeting.place();
    }
  }

  public int getAnsweredInvitees() {
    return answeredInvitees;
  }

  public LocalDate getEditDate() {
    fill();
    return editDate;
  }

  public void setEditDate(LocalDate editDate) {
    this.editDate = editDate;
  }

  public LocalTime getEditStart() {
    fill();
    return editStart;
  }

  public void setEditStart(LocalTime editStart) {
    this.editStart = editStart;
  }

  public LocalTime getEditEnd() {
    fill();
    return editEnd;
  }

  public void setEditEnd(LocalTime editEnd) {
    this.editEnd = editEnd;
  }

  public String getEditPlace() {
    fill();
    return editPlace;
  }

  public void setEditPlace(String editPlace) {
    this.editPlace = editPlace;
  }
}
