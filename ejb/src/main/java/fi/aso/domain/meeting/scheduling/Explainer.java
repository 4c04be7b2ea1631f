package fi.aso.domain.meeting.scheduling;

import fi.aso.domain.meeting.scheduling.Explanation.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns "slot left out" into facts the case worker can act on: the slot is too long for the
 * meeting, or its participants are busy at these times, and, when the slot would fit alone, that it
 * only lost to the other slots. Busy periods are listed in time order, then by participant key, so
 * the explanation does not depend on the order of the input lists.
 */
final class Explainer {

  private static final Comparator<Explanation> BY_TIME =
      Comparator.comparing(Explanation::busyStart)
          .thenComparing(Explanation::busyEnd)
          .thenComparing(Explanation::participantKey);

  private final FinderRequest request;
  private final BusyCalendar calendar;
  private final SlotGrid grid;

  /** Looked up by key only. */
  private final Map<String, Participant> participants = new HashMap<>();

  Explainer(FinderRequest request, BusyCalendar calendar, SlotGrid grid) {
    this.request = request;
    this.calendar = calendar;
    this.grid = grid;
    request.participants().forEach(participant -> participants.put(participant.key(), participant));
  }

  /** Explanations for one unplaced slot, the overall reason first. */
  List<Explanation> whyNotPlaced(int slot) {
    SlotRequest requested = request.slots().get(slot);
    if (grid.positions(slot) == 0) {
      return List.of(Explanation.of(requested.key(), Reason.LONGER_THAN_WINDOW));
    }
    List<Explanation> explanations = new ArrayList<>();
    if (grid.earliestFreeAt(slot, 0) != SlotGrid.NONE) {
      explanations.add(Explanation.of(requested.key(), Reason.NO_ROOM_LEFT_FOR_ALL));
    }
    List<Explanation> busy = new ArrayList<>();
    for (String key : requested.participantKeys()) {
      for (BusyCalendar.Period period : calendar.of(key)) {
        busy.add(
            Explanation.busy(requested.key(), participants.get(key), period.start(), period.end()));
      }
    }
    busy.sort(BY_TIME);
    explanations.addAll(busy);
    return explanations;
  }
}
