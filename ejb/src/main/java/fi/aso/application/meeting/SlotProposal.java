package fi.aso.application.meeting;

import fi.aso.domain.meeting.scheduling.Plan;
import java.util.List;
import java.util.Map;

/**
 * The slot finder's answer for a meeting: the plan (times and order; the best partial plan with
 * explanations when not every client fits), what each slot key stands for, and the calendar feeds
 * that could not be read (the plan was made without them).
 *
 * @param slotLabels slot key to the case reference (the page adds the client's name)
 * @param feedProblems person's name to what went wrong with their feed
 */
public record SlotProposal(
    Plan plan,
    Map<String, String> slotLabels,
    Map<String, String> feedProblems,
    long meetingVersion) {

  public SlotProposal {
    slotLabels = Map.copyOf(slotLabels);
    feedProblems = Map.copyOf(feedProblems);
  }

  /** The slot ids with their proposed starts, for applying the plan. */
  public List<Long> slotIds() {
    return plan.slots().stream().map(s -> Long.valueOf(s.slotKey())).toList();
  }
}
