package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.BookableMeeting;
import fi.aso.application.meeting.BookingCandidate;
import fi.aso.application.meeting.BookingPreview;
import fi.aso.application.meeting.BookingProposal;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.meeting.SlotBooking;
import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.Meeting;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The booking dialog ("Lisää kokoukseen") on the case page and the chair's home page: the next
 * meeting with room, the slot, the consented organisations' contact persons already ticked, a
 * preview of the invitation, and one send. Every step is an ajax request in the same page; nothing
 * is sent before the chair presses send.
 */
@Named("booking")
@ViewScoped
public class BookingBean implements Serializable {

  @Inject SlotBooking booking;
  @Inject MeetingPlanner planner;
  @Inject Messages messages;
  @Inject Times times;

  private Long caseId;
  private transient BookingProposal proposal;
  private Long meetingId;
  private LocalTime start;
  private int minutes = SlotBooking.DEFAULT_MINUTES;
  private ClientAttendance attendance = ClientAttendance.IN_PERSON;
  private Long videoRoomId;
  private String reason;
  private List<Long> chosen = new ArrayList<>();
  private transient BookingPreview preview;
  private Long bookedMeetingId;

  /** Opens the dialog for a client: proposes the next meeting with room. */
  public void open(long caseId) {
    this.caseId = caseId;
    meetingId = null;
    minutes = SlotBooking.DEFAULT_MINUTES;
    reason = null;
    bookedMeetingId = null;
    propose();
  }

  /** Another meeting or length chosen: proposes again (the slot, who is away then). */
  public void changeMeeting() {
    propose();
  }

  private void propose() {
    preview = null;
    proposal =
        attempt(() -> booking.propose(caseId, meetingId, minutes), "booking.failed").orElse(null);
    if (proposal == null) {
      return;
    }
    meetingId = proposal.meeting().map(BookableMeeting::id).orElse(null);
    start = proposal.meeting().map(m -> Times.localTime(proposal.start())).orElse(null);
    attendance = proposal.attendance();
    videoRoomId = proposal.videoRoomId();
    chosen = new ArrayList<>();
    for (BookingCandidate c : proposal.candidates()) {
      if (c.chosen()) {
        chosen.add(c.contactPersonId());
      }
    }
  }

  /** What each recipient will get, before anything is sent. */
  public void showPreview() {
    if (ready()) {
      preview =
          attempt(
                  () -> booking.preview(caseId, meetingId, slotStart(), minutes, chosenIds()),
                  "booking.failed")
              .orElse(null);
    }
  }

  /** Puts the client on the meeting and invites the ticked contact persons, all or nothing. */
  public void send() {
    if (!ready()) {
      return;
    }
    BookableMeeting meeting = proposal.meeting().orElseThrow();
    var done =
        attempt(
            () ->
                planner.addSlotAndInvite(
                    meetingId,
                    meeting.version(),
                    caseId,
                    slotStart(),
                    Duration.ofMinutes(minutes),
                    attendance,
                    attendance == ClientAttendance.VIDEO_FROM_PRISON ? videoRoomId : null,
                    reason,
                    chosenIds()),
            "booking.failed");
    if (done.isPresent()) {
      bookedMeetingId = meetingId;
      messages.infoText(
          messages.get("booking.done", times.dateTime(meeting.start()), chosenIds().size()));
    } else {
      // the meeting may have changed meanwhile: propose again from what it is now
      propose();
    }
  }

  private boolean ready() {
    if (proposal == null || proposal.meeting().isEmpty() || meetingId == null) {
      messages.error("booking.noMeeting");
      return false;
    }
    if (start == null) {
      messages.errorAt("bookingForm:start", "referral.required");
      return false;
    }
    return true;
  }

  private Instant slotStart() {
    return Times.instant(
        Times.localDate(proposal.meeting().orElseThrow().start()), Objects.requireNonNull(start));
  }

  private List<Long> chosenIds() {
    return chosen.stream().filter(Objects::nonNull).toList();
  }

  /** Runs a step; a refusal is said in the dialog, in the user's language. */
  private <T> Optional<T> attempt(Supplier<T> step, String failedKey) {
    try {
      return Optional.ofNullable(step.get());
    } catch (NotConsented e) {
      messages.error("meeting.invite.notConsented");
    } catch (ConcurrentEdit e) {
      messages.error("meeting.conflict");
    } catch (CaseAccessDenied | NotFound e) {
      messages.error("booking.notAllowed");
    } catch (Meeting.AfterRelease e) {
      messages.error("meeting.afterRelease");
    } catch (Refusal e) {
      messages.refused(failedKey, e);
    }
    return Optional.empty();
  }

  /** The candidates by organisation name, for the grouped check boxes. */
  public Map<String, List<BookingCandidate>> getCandidatesByOrganisation() {
    Map<String, List<BookingCandidate>> grouped = new LinkedHashMap<>();
    if (proposal != null) {
      for (BookingCandidate c : proposal.candidates()) {
        grouped.computeIfAbsent(c.organisation(), k -> new ArrayList<>()).add(c);
      }
    }
    return grouped;
  }

  public List<String> getOrganisations() {
    return new ArrayList<>(getCandidatesByOrganisation().keySet());
  }

  public ClientAttendance[] getAttendances() {
    return ClientAttendance.values();
  }

  public BookingProposal getProposal() {
    return proposal;
  }

  /** The meeting proposed (null: none has room); pages do not see Optionals. */
  public BookableMeeting getMeeting() {
    return proposal == null ? null : proposal.meeting().orElse(null);
  }

  public BookingPreview getPreview() {
    return preview;
  }

  public Long getBookedMeetingId() {
    return bookedMeetingId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public ClientAttendance getAttendance() {
    return attendance;
  }

  public void setAttendance(ClientAttendance attendance) {
    this.attendance = attendance;
  }

  public Long getVideoRoomId() {
    return videoRoomId;
  }

  public void setVideoRoomId(Long videoRoomId) {
    this.videoRoomId = videoRoomId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }
}
