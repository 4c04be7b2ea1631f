package fi.aso.domain.meeting.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.meeting.scheduling.Explanation.Reason;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hundreds of small random meetings: the finder must return exactly the plan a naive enumeration of
 * all orders and all grid starts ranks first, and must explain every slot it leaves out.
 */
class SlotFinderPropertiesTest {

  private final SlotFinder finder = new SlotFinder();

  @Property(tries = 1000)
  void returnsTheSamePlanAsBruteForce(@ForAll long seed) {
    FinderRequest request = RandomRequests.small(seed);

    Plan plan = finder.find(request);

    PlanChecker.assertValid(request, plan);
    assertThat(plan.slots()).isEqualTo(BruteForce.bestPlan(request));
  }

  @Property(tries = 300)
  void explainsEveryUnplacedSlot(@ForAll long seed) {
    FinderRequest request = RandomRequests.small(seed);

    Plan plan = finder.find(request);

    Duration window = Duration.between(request.windowStart(), request.windowEnd());
    for (int slot = 0; slot < request.slots().size(); slot++) {
      SlotRequest requested = request.slots().get(slot);
      if (!plan.unplacedSlotKeys().contains(requested.key())) {
        continue;
      }
      List<Explanation> explanations =
          plan.explanations().stream().filter(e -> e.slotKey().equals(requested.key())).toList();
      assertThat(explanations).isNotEmpty();
      if (requested.length().compareTo(window) > 0) {
        assertThat(explanations)
            .extracting(Explanation::reason)
            .containsExactly(Reason.LONGER_THAN_WINDOW);
      } else if (BruteForce.fitsAlone(request, slot)) {
        assertThat(explanations.get(0).reason()).isEqualTo(Reason.NO_ROOM_LEFT_FOR_ALL);
      } else {
        assertThat(explanations).allSatisfy(e -> assertRealBusyTime(request, requested, e));
      }
    }
  }

  private static void assertRealBusyTime(
      FinderRequest request, SlotRequest slot, Explanation explanation) {
    assertThat(explanation.reason()).isEqualTo(Reason.PARTICIPANT_BUSY);
    assertThat(slot.participantKeys()).contains(explanation.participantKey());
    assertThat(explanation.busyStart())
        .isAfterOrEqualTo(request.windowStart())
        .isBefore(explanation.busyEnd());
    assertThat(explanation.busyEnd()).isBeforeOrEqualTo(request.windowEnd());
    assertThat(request.busy())
        .anySatisfy(
            busy -> {
              assertThat(busy.participantKey()).isEqualTo(explanation.participantKey());
              assertThat(busy.start()).isBefore(explanation.busyEnd());
              assertThat(explanation.busyStart()).isBefore(busy.end());
            });
  }
}
