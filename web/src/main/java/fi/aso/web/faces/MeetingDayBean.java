package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.i18n.DateInput;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.meetingday.Actions;
import fi.aso.application.meetingday.MeetingDay;
import fi.aso.application.meetingday.SlotDay;
import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.application.minutes.MinutesService;
import fi.aso.application.minutes.MinutesVersion;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.meetingday.Responsible;
import fi.aso.domain.minutes.MinutesState;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chair's meeting-day screen: slot by slot, notes per topic, attendance, the assessment and
 * decisions, and the action list. Each slot saves on its own (and when a text field is left), so
 * closing the browser loses at most the field being typed; a save over someone else's is refused.
 */
@Named
@ViewScoped
public class MeetingDayBean implements Serializable {

  @Inject MeetingDay meetingDay;
  @Inject Actions actions;
  @Inject Messages messages;
  @Inject MinutesService minutesService;
  @Inject MinutesDistribution distribution;

  private Long id;
  private transient List<SlotDay> slots;
  private final Map<Long, Map<Referral.Topic, String>> notes = new HashMap<>();
  private final Map<Long, String> housing = new HashMap<>();
  private final Map<Long, String> support = new HashMap<>();
  private final Map<Long, String> decisions = new HashMap<>();
  private final Map<Long, Long> versions = new HashMap<>();
  private final Map<Long, String> attendance = new HashMap<>();
  private final Map<Long, String> statements = new HashMap<>();
  private boolean found = true;
  private MeetingDay.Heading heading;
  private transient List<MinutesVersion> minutes;

  public void load() {
    if (id == null) {
      found = false;
      return;
    }
    try {
      heading = meetingDay.heading(id);
      slots = meetingDay.day(id);
      for (SlotDay s : slots) {
        Map<Referral.Topic, String> slotNotes = new EnumMap<>(Referral.Topic.class);
        slotNotes.putAll(s.notes());
        notes.put(s.slotId(), slotNotes);
        housing.put(s.slotId(), s.housingForm() == null ? "" : s.housingForm().name());
        support.put(s.slotId(), s.supportNeeded());
        decisions.put(s.slotId(), s.decisions());
        if (s.recordVersion() != null) {
          versions.put(s.slotId(), s.recordVersion());
        }
        s.attendees()
            .forEach(
                a -> {
                  attendance.put(
                      a.inviteeId(), a.attendance() == null ? "" : a.attendance().name());
                  statements.put(a.inviteeId(), a.statement());
                });
      }
    } catch (CaseAccessDenied e) {
      found = false;
    }
  }

  /** Saves one slot's record (the button, and leaving a text field). */
  public void save(long slotId) {
    if (store(slotId)) {
      messages.info("day.saved");
    }
  }

  /**
   * Saves while the chair types (after a pause), so that closing the browser loses at most a few
   * seconds. Quiet when it works: a screen reader should not announce every pause.
   */
  public void autosave(long slotId) {
    store(slotId);
  }

  private boolean store(long slotId) {
    try {
      String form = housing.get(slotId);
      long version =
          meetingDay.save(
              slotId,
              versions.get(slotId),
              notes.get(slotId),
              form == null || form.isBlank() ? null : HousingForm.valueOf(form),
              support.get(slotId),
              decisions.get(slotId));
      versions.put(slotId, version);
      return true;
    } catch (ConcurrentEdit e) {
      messages.error("day.conflict");
    } catch (Refusal e) {
      messages.refused("meeting.invalid", e);
    }
    return false;
  }

  public void saveAttendance(long slotId, long inviteeId) {
    String how = attendance.get(inviteeId);
    try {
      meetingDay.attendance(
          slotId,
          inviteeId,
          how == null || how.isBlank() ? null : Attendance.valueOf(how),
          statements.get(inviteeId));
      messages.info("day.saved");
    } catch (Refusal e) {
      messages.refused("meeting.invalid", e);
    }
  }

  /**
   * Adds an action: "ORG:<id>[:<contact person id>]" for an organisation of the slot, or CLIENT /
   * CASE_WORKER.
   */
  public void addAction(long slotId) {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String what = form.get("actionWhat");
    String who = form.get("actionWho");
    LocalDate due = DateInput.date(form.get("actionDue")).orElse(null);
    if (due == null) {
      messages.error("input.date.invalid");
      return;
    }
    try {
      if (who != null && who.startsWith("ORG:")) {
        String[] ids = who.substring(4).split(":", 2);
        actions.addForOrganisation(
            slotId,
            what,
            Long.parseLong(ids[0]),
            ids.length > 1 ? Long.valueOf(ids[1]) : null,
            due);
      } else {
        actions.addForPerson(
            slotId,
            what,
            Responsible.valueOf(who == null || who.isBlank() ? "CASE_WORKER" : who),
            due);
      }
      messages.info("day.action.added");
      slots = meetingDay.day(id);
    } catch (NotConsented e) {
      messages.error("day.action.notConsented");
    } catch (Refusal e) {
      messages.refused("meeting.invalid", e);
    }
  }

  /** Reads the slots again, after something else on the page (a referral) added an action. */
  public void reloadSlots() {
    if (id != null && found) {
      slots = meetingDay.day(id);
    }
  }

  /** The minutes' versions, newest last. */
  public List<MinutesVersion> getMinutes() {
    if (minutes == null && id != null && found) {
      minutes = minutesService.versions(id);
    }
    return minutes;
  }

  public MinutesVersion getCurrentMinutes() {
    List<MinutesVersion> all = getMinutes();
    return all == null || all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /** The newest approved version (what copies are made of while a correction is being drafted). */
  public MinutesVersion getApprovedMinutes() {
    List<MinutesVersion> all = getMinutes();
    return all == null
        ? null
        : all.stream()
            .filter(v -> v.state() == MinutesState.APPROVED)
            .reduce((a, b) -> b)
            .orElse(null);
  }

  public void prepareMinutes() {
    minutesStep(() -> minutesService.prepare(id), "minutes.prepared");
  }

  public void reviewMinutes() {
    var current = getCurrentMinutes();
    minutesStep(
        () -> minutesService.review(id, current.id(), current.version()), "minutes.reviewed");
  }

  public void approveMinutes() {
    var current = getCurrentMinutes();
    minutesStep(
        () -> minutesService.approve(id, current.id(), current.version()), "minutes.approved");
  }

  /**
   * Sends the approved minutes to the partners, each their own cut (a second send sends nothing
   * twice).
   */
  public void sendMinutes() {
    var current = getCurrentMinutes();
    try {
      var sent = distribution.distribute(current.id());
      // say how many copies went to whom now, or that everyone had theirs already
      messages.infoText(
          sent.sentNow().isEmpty()
              ? messages.get("minutes.sentNone")
              : messages.get(
                  "minutes.sentTo", sent.sentNow().size(), String.join(", ", sent.sentNow())));
    } catch (Refusal e) {
      messages.refused("minutes.refused", e);
    }
    minutes = null;
  }

  /** The copies sent of the newest version. */
  public List<MinutesDistribution.CopySent> getCopies() {
    var current = getCurrentMinutes();
    return current == null ? List.of() : distribution.copies(current.id());
  }

  private void minutesStep(Runnable step, String doneKey) {
    try {
      step.run();
      messages.info(doneKey);
    } catch (ConcurrentEdit e) {
      messages.error("day.conflict");
    } catch (Refusal e) {
      messages.refused("minutes.refused", e);
    }
    minutes = null;
  }

  /** Only the chair records the meeting day; the region's other staff see it read-only. */
  public boolean isChair() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CHAIR");
  }

  public MeetingDay.Heading getHeading() {
    return heading;
  }

  public List<SlotDay> getSlots() {
    return slots;
  }

  public boolean isFound() {
    return found;
  }

  public Referral.Topic[] getTopics() {
    return Referral.Topic.values();
  }

  public HousingForm[] getHousingForms() {
    return HousingForm.values();
  }

  public Attendance[] getAttendances() {
    return Attendance.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Map<Long, Map<Referral.Topic, String>> getNotes() {
    return notes;
  }

  public Map<Long, String> getHousing() {
    return housing;
  }

  public Map<Long, String> getSupport() {
    return support;
  }

  public Map<Long, String> getDecisions() {
    return decisions;
  }

  public Map<Long, String> getAttendance() {
    return attendance;
  }

  public Map<Long, String> getStatements() {
    return statements;
  }
}
