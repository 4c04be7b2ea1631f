package fi.aso.domain.meeting.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.meeting.scheduling.Explanation.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
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

  @Property(tries = 300)
  void explainsEveryMovedSlotWithWhatReallyStandsAtItsPreferredTime(@ForAll long seed) {
    FinderRequest request = withPreferredStarts(RandomRequests.small(seed), new Random(seed));

    Plan plan = finder.find(request);

    assertThat(plan.slots())
        .as("the preferred times do not steer the plan")
        .isEqualTo(BruteForce.bestPlan(request));
    for (PlannedSlot placed : plan.slots()) {
      SlotRequest slot =
          request.slots().stream().filter(s -> s.key().equals(placed.slotKey())).findFirst().get();
      List<SlotMove> moves =
          plan.moves().stream().filter(m -> m.slotKey().equals(slot.key())).toList();
      if (slot.preferredStart() == null || slot.preferredStart().equals(placed.start())) {
        assertThat(moves).isEmpty();
        continue;
      }
      assertThat(moves).hasSize(1);
      Instant from = slot.preferredStart();
      Instant to = from.plus(slot.length());
      List<Busy> busyThere =
          request.busy().stream()
              .filter(b -> slot.participantKeys().contains(b.participantKey()))
              .filter(b -> blocksWithinWindow(request, b, from, to))
              .toList();
      List<String> slotsThere =
          plan.slots().stream()
              .filter(o -> o != placed && o.start().isBefore(to) && from.isBefore(o.end()))
              .map(PlannedSlot::slotKey)
              .toList();
      boolean outside = from.isBefore(request.windowStart()) || to.isAfter(request.windowEnd());
      for (MoveReason reason : moves.get(0).reasons()) {
        switch (reason.kind()) {
          case PERSON_BUSY, ROOM_BUSY -> {
            assertThat(reason.start()).isBefore(to);
            assertThat(from).isBefore(reason.end());
            assertThat(busyThere).extracting(Busy::participantKey).contains(reason.key());
          }
          case OTHER_SLOT -> assertThat(slotsThere).contains(reason.key());
          case OUTSIDE_MEETING -> assertThat(outside).isTrue();
          case OFF_GRID, BACK_TO_BACK -> {
            assertThat(moves.get(0).reasons()).hasSize(1);
            assertThat(outside).as("nothing stood there").isFalse();
            assertThat(busyThere).isEmpty();
            assertThat(slotsThere).isEmpty();
          }
        }
      }
      // and nothing that stood there is left out
      List<MoveReason> reasons = moves.get(0).reasons();
      assertThat(reasons)
          .filteredOn(r -> r.kind() == MoveReason.Kind.OTHER_SLOT)
          .extracting(MoveReason::key)
          .containsExactlyInAnyOrderElementsOf(slotsThere);
      assertThat(reasons)
          .filteredOn(
              r -> r.kind() == MoveReason.Kind.PERSON_BUSY || r.kind() == MoveReason.Kind.ROOM_BUSY)
          .extracting(MoveReason::key)
          .containsAll(busyThere.stream().map(Busy::participantKey).distinct().toList());
      assertThat(reasons.stream().anyMatch(r -> r.kind() == MoveReason.Kind.OUTSIDE_MEETING))
          .isEqualTo(outside);
    }
  }

  /** The busy time, as far as it lies within the meeting, overlaps {@code [from, to)}. */
  private static boolean blocksWithinWindow(
      FinderRequest request, Busy busy, Instant from, Instant to) {
    Instant start =
        busy.start().isAfter(request.windowStart()) ? busy.start() : request.windowStart();
    Instant end = busy.end().isBefore(request.windowEnd()) ? busy.end() : request.windowEnd();
    return start.isBefore(end) && start.isBefore(to) && from.isBefore(end);
  }

  /** The same request, each slot with a time of its own (or none), also off the grid or outside. */
  private static FinderRequest withPreferredStarts(FinderRequest request, Random random) {
    long window = Duration.between(request.windowStart(), request.windowEnd()).toMinutes();
    List<SlotRequest> slots =
        request.slots().stream()
            .map(
                s ->
                    new SlotRequest(
                        s.key(),
                        s.length(),
                        s.participantKeys(),
                        random.nextInt(5) == 0
                            ? null
                            : request
                                .windowStart()
                                .plus(Duration.ofMinutes(-15 + random.nextInt((int) window + 15)))))
            .toList();
    return new FinderRequest(
        request.windowStart(),
        request.windowEnd(),
        request.step(),
        slots,
        request.participants(),
        request.busy());
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
