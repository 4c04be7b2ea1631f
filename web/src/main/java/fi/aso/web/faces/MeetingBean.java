package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.MeetingDetails;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.meeting.NeedsConfirmation;
import fi.aso.application.meeting.NotConsented;
import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingStatus;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The meeting page's meeting: time, place, video link and the client slots with their invitees, as
 * the page last read them. The page's other beans change the meeting through {@link #change}, which
 * names the version this page showed: someone else's change in between is reported, not
 * overwritten. Its jobs: {@link RescheduleBean} (time and place), {@link NewSlotBean}, {@link
 * SlotsBean} (move, reorder, attendance, remove), {@link InviteesBean}, {@link BusyTimesBean} and
 * {@link SlotFinderBean}.
 */
@Named
@ViewScoped
public class MeetingBean implements Serializable {

  @Inject MeetingPlanner planner;
  @Inject Messages messages;

  private Long id;
  private transient MeetingDetails meeting;

  /** Counts the loads; lists the other beans derive from the meeting are kept for one load. */
  private int loads;

  public void load() {
    loads++;
    if (id == null) {
      meeting = null;
      return;
    }
    try {
      meeting = planner.meeting(id, "meeting page");
    } catch (CaseAccessDenied e) {
      meeting = null;
    }
  }

  /**
   * Runs a change on this meeting; says how it went (refusals clearly, in the user's language) and
   * always shows the meeting as it now is. Returns whether the change was made.
   */
  boolean change(Runnable action, String doneKey) {
    boolean done = false;
    try {
      action.run();
      messages.info(doneKey);
      done = true;
    } catch (NeedsConfirmation e) {
      messages.warn("meeting.confirmMove");
    } catch (ConcurrentEdit | CaseAccessDenied e) {
      // someone else changed the meeting, or took the slot off it, since this page read it
      messages.error("meeting.conflict");
    } catch (NotConsented e) {
      messages.error("meeting.invite.notConsented");
    } catch (Meeting.AfterRelease e) {
      messages.error("meeting.afterRelease");
    } catch (Refusal | NotFound e) {
      messages.refused("meeting.invalid", e);
    }
    load();
    return done;
  }

  /**
   * How many times the meeting was read in this view; a bean that keeps a list made from it (the
   * cases that can be added, the meetings a slot can move to) makes it again when this changes.
   */
  int loads() {
    return loads;
  }

  /** The meeting's version the page shows, which every change is based on. */
  long version() {
    return meeting.version();
  }

  /** The meeting's day, in Finnish time (slot and busy times are typed as times of this day). */
  LocalDate day() {
    return Times.localDate(meeting.start());
  }

  /** Where the next slot would start: after the last one, or at the meeting's start. */
  Instant firstFreeStart() {
    return meeting.slots().stream()
        .map(s -> s.end())
        .max(Comparator.naturalOrder())
        .orElse(meeting.start());
  }

  public boolean isChair() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CHAIR");
  }

  public boolean isPlanned() {
    return meeting != null && meeting.status() == MeetingStatus.PLANNED;
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
}
