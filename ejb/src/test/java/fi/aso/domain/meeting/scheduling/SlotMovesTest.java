package fi.aso.domain.meeting.scheduling;

import static fi.aso.domain.meeting.scheduling.RandomRequests.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.meeting.scheduling.MoveReason.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finder says why it puts a slot at another time than the one it has: who or what was there.
 */
class SlotMovesTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 16);
  private static final List<Participant> PEOPLE =
      List.of(
          Participant.person("worker", "Maija Vastuu"),
          Participant.person("kodit", "Kalle Kumppani (Joensuun Kodit)"),
          Participant.person("josna", "Jonna Josna (Josna ry)"),
          Participant.room("room", "Joensuun vankila"));

  private final SlotFinder finder = new SlotFinder();

  @Test
  void aSlotMovedAroundAPartnersBusyTimeSaysWhoWasBusyAndWhen() {
    Plan plan =
        finder.find(
            request(
                "09:00",
                "11:00",
                List.of(slot("A", 45, "09:00", "worker", "kodit"), slot("B", 45, "09:45", "josna")),
                List.of(new Busy("kodit", at("09:00"), at("09:30")))));

    assertThat(plan.slots())
        .extracting(PlannedSlot::slotKey, PlannedSlot::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B", at("09:00")),
            org.assertj.core.groups.Tuple.tuple("A", at("09:45")));
    SlotMove a = move(plan, "A");
    assertThat(a.from()).isEqualTo(at("09:00"));
    assertThat(a.to()).isEqualTo(at("09:45"));
    assertThat(a.reasons())
        .containsExactly(
            new MoveReason(
                Kind.PERSON_BUSY,
                "kodit",
                "Kalle Kumppani (Joensuun Kodit)",
                at("09:00"),
                at("09:30")),
            new MoveReason(Kind.OTHER_SLOT, "B", null, at("09:00"), at("09:45")));
    assertThat(move(plan, "B").reasons())
        .containsExactly(new MoveReason(Kind.OTHER_SLOT, "A", null, at("09:45"), at("10:30")));
  }

  @Test
  void theClientsVideoRoomBookedIsSaidAsTheRoom() {
    Plan plan =
        finder.find(
            request(
                "09:00",
                "12:00",
                List.of(slot("A", 30, "09:00", "worker", "room")),
                List.of(new Busy("room", at("08:30"), at("09:40")))));

    assertThat(move(plan, "A").to()).isEqualTo(at("09:40"));
    assertThat(move(plan, "A").reasons())
        .containsExactly(
            new MoveReason(Kind.ROOM_BUSY, "room", "Joensuun vankila", at("09:00"), at("09:40")));
  }

  @Test
  void aSlotLeftAtItsTimeOrWithoutATimeHasNoMove() {
    Plan plan =
        finder.find(
            request(
                "09:00",
                "12:00",
                List.of(
                    slot("A", 30, "09:00", "worker", "kodit"),
                    new SlotRequest("B", minutes(30), List.of("worker"))),
                List.of()));

    assertThat(plan.slots()).hasSize(2);
    assertThat(plan.moves()).isEmpty();
  }

  @Test
  void aTimeOutsideTheMeetingIsSaidWithTheMeetingsTimes() {
    Plan plan =
        finder.find(
            request("09:00", "12:00", List.of(slot("A", 30, "11:45", "worker")), List.of()));

    assertThat(move(plan, "A").reasons())
        .containsExactly(
            new MoveReason(Kind.OUTSIDE_MEETING, null, null, at("09:00"), at("12:00")));
  }

  @Test
  void whenNothingStoodInTheWayTheSlotsWereOnlyPutBackToBack() {
    Plan plan =
        finder.find(
            request("09:00", "12:00", List.of(slot("A", 30, "10:00", "worker")), List.of()));

    assertThat(move(plan, "A").to()).isEqualTo(at("09:00"));
    assertThat(move(plan, "A").reasons())
        .containsExactly(new MoveReason(Kind.BACK_TO_BACK, null, null, null, null));
  }

  @Test
  void aTimeBetweenGridTimesMovedToTheNextOneIsSaidAsTheGrid() {
    Plan plan =
        finder.find(
            request(
                "09:00",
                "12:00",
                List.of(slot("A", 30, "09:07", "worker")),
                List.of(new Busy("worker", at("09:00"), at("09:05")))));

    assertThat(move(plan, "A").to()).isEqualTo(at("09:05"));
    assertThat(move(plan, "A").reasons())
        .containsExactly(new MoveReason(Kind.OFF_GRID, null, null, null, null));
  }

  private static SlotMove move(Plan plan, String slotKey) {
    return plan.moves().stream().filter(m -> m.slotKey().equals(slotKey)).findFirst().orElseThrow();
  }

  private static FinderRequest request(
      String from, String to, List<SlotRequest> slots, List<Busy> busy) {
    return new FinderRequest(at(from), at(to), minutes(5), slots, PEOPLE, busy);
  }

  private static SlotRequest slot(
      String key, int lengthMinutes, String preferred, String... participants) {
    return new SlotRequest(key, minutes(lengthMinutes), List.of(participants), at(preferred));
  }

  private static Instant at(String time) {
    return ZonedDateTime.of(DAY, LocalTime.parse(time), HELSINKI).toInstant();
  }
}
