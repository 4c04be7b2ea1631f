package fi.aso.web.faces;

import fi.aso.application.meeting.SlotPlanning;
import fi.aso.application.meeting.SlotProposal;
import fi.aso.domain.meeting.scheduling.Explanation;
import fi.aso.domain.meeting.scheduling.MoveReason;
import fi.aso.domain.meeting.scheduling.PlannedSlot;
import fi.aso.domain.meeting.scheduling.SlotMove;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The slot finder on the meeting page: proposes times and an order for the clients, explains in
 * words what stands in the way ("X is busy 9.00-10.00"), names calendar feeds that could not be
 * read, and applies the proposal when the chair accepts it.
 */
@Named
@ViewScoped
public class SlotFinderBean implements Serializable {

  @Inject SlotPlanning planning;
  @Inject MeetingBean meetingBean;
  @Inject Messages messages;
  @Inject Times times;

  private transient SlotProposal proposal;

  public void propose() {
    proposal = planning.propose(meetingBean.getId());
  }

  public void apply() {
    if (proposal == null) {
      return;
    }
    SlotProposal accepted = proposal;
    proposal = null;
    meetingBean.change(
        () ->
            planning.apply(meetingBean.getId(), accepted.meetingVersion(), accepted.plan().slots()),
        "finder.applied");
  }

  public SlotProposal getProposal() {
    return proposal;
  }

  public List<PlannedSlot> getPlanned() {
    return proposal == null ? List.of() : proposal.plan().slots();
  }

  /**
   * "ASO-2026-001 Mikko Virtanen" for a slot key (the chair sees the names on this page anyway).
   */
  public String label(String slotKey) {
    return meetingBean.getMeeting().slots().stream()
        .filter(s -> String.valueOf(s.id()).equals(slotKey))
        .map(s -> s.caseReference() + " " + s.clientName())
        .findFirst()
        .orElse(slotKey);
  }

  public long getWaitingMinutes() {
    return proposal == null ? 0 : proposal.plan().totalWaiting().toMinutes();
  }

  /** The explanations as sentences in the page's language. */
  public List<String> getExplanations() {
    if (proposal == null) {
      return List.of();
    }
    return proposal.plan().explanations().stream().map(this::sentence).toList();
  }

  /**
   * Why the plan moves this slot from its present time, in words ("Siirretty klo 9.40 (oli 9.00):
   * Kalle Kumppani (Joensuun Kodit) varattu 9.00–9.40."); empty when it stays. Names partners,
   * staff and rooms, never another client.
   */
  public String why(String slotKey) {
    if (proposal == null) {
      return "";
    }
    return proposal.plan().moves().stream()
        .filter(m -> m.slotKey().equals(slotKey))
        .findFirst()
        .map(this::sentence)
        .orElse("");
  }

  public List<Map.Entry<String, String>> getFeedProblems() {
    return proposal == null ? List.of() : List.copyOf(proposal.feedProblems().entrySet());
  }

  private String sentence(SlotMove move) {
    String reasons = move.reasons().stream().map(this::reason).collect(Collectors.joining("; "));
    return messages.get("finder.moved", times.time(move.to()), times.time(move.from()), reasons);
  }

  private String reason(MoveReason r) {
    return switch (r.kind()) {
      case PERSON_BUSY, ROOM_BUSY ->
          messages.get("finder.moved." + r.kind(), r.name(), times.times(r.start(), r.end()));
      case OTHER_SLOT, OUTSIDE_MEETING ->
          messages.get("finder.moved." + r.kind(), times.times(r.start(), r.end()));
      case OFF_GRID, BACK_TO_BACK -> messages.get("finder.moved." + r.kind());
    };
  }

  private String sentence(Explanation e) {
    String slot = label(e.slotKey());
    return switch (e.reason()) {
      case PARTICIPANT_BUSY ->
          messages.get(
              "finder.busy", slot, e.participantName(), times.times(e.busyStart(), e.busyEnd()));
      case LONGER_THAN_WINDOW -> messages.get("finder.tooLong", slot);
      case NO_ROOM_LEFT_FOR_ALL -> messages.get("finder.noRoom", slot);
    };
  }
}
