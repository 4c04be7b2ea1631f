package fi.aso.domain.meeting.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a plan against the request with nothing but the definitions, independently of the finder's
 * grid arithmetic: slots in time order without overlap, inside the window, on the grid, with every
 * participant free, the unplaced list complete, and the reported waiting recomputed.
 */
final class PlanChecker {

  private PlanChecker() {}

  static void assertValid(FinderRequest request, Plan plan) {
    Map<String, SlotRequest> slots = new HashMap<>();
    request.slots().forEach(slot -> slots.put(slot.key(), slot));
    Instant previousEnd = request.windowStart();
    for (PlannedSlot planned : plan.slots()) {
      SlotRequest slot = slots.get(planned.slotKey());
      assertThat(slot).as("planned slot %s was requested", planned.slotKey()).isNotNull();
      assertThat(planned.end()).isEqualTo(planned.start().plus(slot.length()));
      assertThat(planned.start())
          .as("%s after the previous slot", slot.key())
          .isAfterOrEqualTo(previousEnd);
      assertThat(planned.end())
          .as("%s inside the window", slot.key())
          .isBeforeOrEqualTo(request.windowEnd());
      long offset = Duration.between(request.windowStart(), planned.start()).toNanos();
      assertThat(offset % request.step().toNanos()).as("%s on the grid", slot.key()).isZero();
      for (Busy busy : request.busy()) {
        boolean overlaps =
            busy.start().isBefore(busy.end())
                && busy.start().isBefore(planned.end())
                && planned.start().isBefore(busy.end());
        assertThat(slot.participantKeys().contains(busy.participantKey()) && overlaps)
            .as("%s collides with %s", slot.key(), busy)
            .isFalse();
      }
      previousEnd = planned.end();
    }
    List<String> expectedUnplaced = new ArrayList<>();
    for (SlotRequest slot : request.slots()) {
      if (plan.slots().stream().noneMatch(planned -> planned.slotKey().equals(slot.key()))) {
        expectedUnplaced.add(slot.key());
      }
    }
    assertThat(plan.unplacedSlotKeys()).isEqualTo(expectedUnplaced);
    assertThat(plan.totalWaiting()).isEqualTo(waiting(request, plan.slots()));
  }

  /** The objective straight from its definition, for persons with two or more placed slots. */
  static Duration waiting(FinderRequest request, List<PlannedSlot> planned) {
    Duration total = Duration.ZERO;
    for (Participant participant : request.participants()) {
      if (participant.kind() != Participant.Kind.PERSON) {
        continue;
      }
      List<PlannedSlot> own = new ArrayList<>();
      for (PlannedSlot slot : planned) {
        SlotRequest requested =
            request.slots().stream()
                .filter(s -> s.key().equals(slot.slotKey()))
                .findFirst()
                .orElseThrow();
        if (requested.participantKeys().contains(participant.key())) {
          own.add(slot);
        }
      }
      if (own.size() >= 2) {
        Instant first = own.stream().map(PlannedSlot::start).min(Instant::compareTo).orElseThrow();
        Instant last = own.stream().map(PlannedSlot::end).max(Instant::compareTo).orElseThrow();
        Duration span = Duration.between(first, last);
        for (PlannedSlot slot : own) {
          span = span.minus(Duration.between(slot.start(), slot.end()));
        }
        total = total.plus(span);
      }
    }
    return total;
  }
}
