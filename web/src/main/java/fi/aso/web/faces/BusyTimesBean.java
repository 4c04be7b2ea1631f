package fi.aso.web.faces;

import fi.aso.application.meeting.BusyTimes;
import fi.aso.application.meeting.MeetingDetails;
import fi.aso.application.meeting.SlotView;
import fi.aso.web.Ids;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Busy times entered by hand on the meeting's day ("in court 9-10") for an invitee, a case worker
 * or a video room; the slot finder plans around them.
 */
@Named
@ViewScoped
public class BusyTimesBean implements Serializable {

  /** A choice of whose time: "CONTACT:12", "STAFF:3" or "VIDEO_ROOM:7". */
  private static final Pattern WHO = Pattern.compile("(CONTACT|STAFF|VIDEO_ROOM):(\\d+)");

  @Inject MeetingBean meetingBean;
  @Inject VideoRoomsBean videoRooms;
  @Inject BusyTimes busyTimes;
  @Inject Messages messages;

  private String busyWho;
  private LocalTime busyStart;
  private LocalTime busyEnd;
  private String busyNote;
  private transient List<BusyTimes.Entry> busyEntries;
  private int entriesFrom = -1;

  public void addBusy() {
    Matcher who = WHO.matcher(busyWho == null ? "" : busyWho);
    Long id = who.matches() ? Ids.parse(who.group(2)) : null;
    if (id == null) {
      messages.error("meeting.busy.choose");
      return;
    }
    BusyTimes.Whose whose = BusyTimes.Whose.valueOf(who.group(1));
    meetingBean.change(
        () ->
            busyTimes.add(
                whose,
                id,
                Times.instant(meetingBean.day(), busyStart),
                Times.instant(meetingBean.day(), busyEnd),
                busyNote),
        "meeting.busy.added");
    if (!messages.failed()) {
      busyNote = null;
    }
  }

  public void removeBusy(long busyTimeId) {
    meetingBean.change(() -> busyTimes.remove(busyTimeId), "meeting.busy.removed");
  }

  /** Busy times entered by hand during the meeting. */
  public List<BusyTimes.Entry> getBusyEntries() {
    MeetingDetails meeting = meetingBean.getMeeting();
    if (meeting != null && (busyEntries == null || entriesFrom != meetingBean.loads())) {
      entriesFrom = meetingBean.loads();
      busyEntries = busyTimes.between(meeting.start(), meeting.end());
    }
    return busyEntries;
  }

  /**
   * Whose busy time can be entered: the meeting's partner invitees, case workers and video rooms.
   */
  public List<SelectItem> getBusyCandidates() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (SlotView slot : meetingBean.getMeeting().slots()) {
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
    videoRooms
        .getAll()
        .forEach(
            r ->
                choices.put(
                    "VIDEO_ROOM:" + r.id(), r.name() + " – " + messages.get("meeting.videoRoom")));
    return choices.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
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
}
