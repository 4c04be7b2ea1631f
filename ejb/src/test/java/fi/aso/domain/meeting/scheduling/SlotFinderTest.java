package fi.aso.domain.meeting.scheduling;

import static fi.aso.domain.meeting.scheduling.RandomRequests.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import fi.aso.benchmark.MonthOfMeetings;
import fi.aso.domain.meeting.scheduling.Explanation.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
  private static final List<Participant> PEOPLE =
      List.of(
          Participant.person("worker", "Case worker"),
          Participant.person("p1", "Partner 1"),
          Participant.person("p2", "Partner 2"),
          Participant.person("p3", "Partner 3"),
          Participant.room("room", "Video room"));

  private final SlotFinder finder = new SlotFinder();

  @Test
  void findsAConflictFreePlanAndMayTouchBusyTimes() {
    FinderRequest request =
        request(
            "09:00",
            "12:00",
            15,
            List.of(
                slot("A", 60, "worker", "p1", "room"),
                slot("B", 45, "worker", "p2"),
                slot("C", 30, "worker", "p3", "room")),
            List.of(
                busy("room", "08:00", "10:00"),
                busy("p1", "11:00", "12:00"),
                busy("p2", "10:30", "11:15")));

    Plan plan = finder.find(request);

    PlanChecker.assertValid(request, plan);
    assertThat(plan.complete()).isTrue();
    assertThat(plan.slots())
        .containsExactly(
            planned("B", "09:15", "10:00"),
            planned("A", "10:00", "11:00"),
            planned("C", "11:00", "11:30"));
    assertThat(plan.totalWaiting()).isZero();
    assertThat(plan.explanations()).isEmpty();
  }

  @Test
  void putsAPartnersTwoSlotsNextToEachOther() {
    FinderRequest request =
        request(
            "09:00",
            "12:00",
            5,
            List.of(
                slot("A", 30, "worker", "p1"),
                slot("B", 30, "worker", "p2"),
                slot("C", 30, "worker", "p1")),
            List.of());

    Plan plan = finder.find(request);

    assertThat(plan.slots()).extracting(PlannedSlot::slotKey).containsExactly("A", "C", "B");
    assertThat(plan.totalWaiting()).isZero();
  }

  @Test
  void delaysASlotWhenThatSavesSomeoneWaiting() {
    FinderRequest request =
        request(
            "09:00",
            "12:00",
            15,
            List.of(slot("A", 30, "p1"), slot("B", 30, "p2"), slot("C", 30, "p2", "p3")),
            List.of(busy("p1", "09:30", "12:00"), busy("p3", "09:00", "10:30")));

    Plan plan = finder.find(request);

    assertThat(plan.slots())
        .containsExactly(
            planned("A", "09:00", "09:30"),
            planned("B", "10:00", "10:30"),
            planned("C", "10:30", "11:00"));
    assertThat(plan.totalWaiting()).isZero();
  }

  @Test
  void prefersAnEarlierFinishToTheRequestedOrder() {
    FinderRequest request =
        request(
            "09:00",
            "12:00",
            15,
            List.of(slot("A", 30, "p1"), slot("B", 30, "p2")),
            List.of(busy("p1", "09:00", "09:30")));

    assertThat(finder.find(request).slots())
        .containsExactly(planned("B", "09:00", "09:30"), planned("A", "09:30", "10:00"));
  }

  @Test
  void namesTheBusyParticipantsAndTimesWhenASlotCannotBeHeld() {
    FinderRequest request =
        request(
            "09:00",
            "12:00",
            15,
            List.of(slot("A", 60, "worker", "room"), slot("B", 90, "p1", "p2")),
            List.of(
                busy("room", "08:00", "13:00"),
                busy("p2", "11:00", "12:30"),
                busy("p1", "10:00", "10:30"),
                busy("p1", "09:00", "10:00")));

    Plan plan = finder.find(request);

    assertThat(plan.slots()).isEmpty();
    assertThat(plan.unplacedSlotKeys()).containsExactly("A", "B");
    assertThat(plan.explanations())
        .containsExactly(
            Explanation.busy("A", PEOPLE.get(4), at("09:00"), at("12:00")),
            Explanation.busy("B", PEOPLE.get(1), at("09:00"), at("10:30")),
            Explanation.busy("B", PEOPLE.get(2), at("11:00"), at("12:00")));
  }

  @Test
  void saysWhenEachSlotFitsAloneButNotAllTogether() {
    FinderRequest request =
        request(
            "09:00",
            "11:00",
            15,
            List.of(slot("A", 90, "worker"), slot("B", 90, "worker", "p1"), slot("C", 240, "p2")),
            List.of(busy("p1", "09:00", "09:15")));

    Plan plan = finder.find(request);

    assertThat(plan.slots()).containsExactly(planned("A", "09:00", "10:30"));
    assertThat(plan.unplacedSlotKeys()).containsExactly("B", "C");
    assertThat(plan.explanations())
        .containsExactly(
            Explanation.of("B", Reason.NO_ROOM_LEFT_FOR_ALL),
            Explanation.busy("B", PEOPLE.get(1), at("09:00"), at("09:15")),
            Explanation.of("C", Reason.LONGER_THAN_WINDOW));
  }

  @Test
  void whenNotAllFitKeepsTheEarliestRequestedSlotsAmongEquallyGoodPlans() {
    FinderRequest request =
        request(
            "09:00",
            "10:30",
            30,
            List.of(
                slot("A", 30, "worker", "p3"),
                slot("B", 30, "p1", "p2", "room"),
                slot("C", 30, "worker"),
                slot("D", 30, "p1")),
            List.of());

    Plan plan = finder.find(request);

    // A C B and A B D both waste nobody's time and end at 10:30; A B D comes first
    assertThat(plan.slots()).extracting(PlannedSlot::slotKey).containsExactly("A", "B", "D");
    assertThat(plan.explanations())
        .containsExactly(Explanation.of("C", Reason.NO_ROOM_LEFT_FOR_ALL));
  }

  @Test
  void givesTheSamePlanWhateverTheOrderOfParticipantsAndBusyTimes() {
    FinderRequest request = MonthOfMeetings.meeting(new Random(7), at("09:00"), 6);
    Plan expected = finder.find(request);

    for (int seed = 0; seed < 20; seed++) {
      List<Participant> participants = new ArrayList<>(request.participants());
      List<Busy> busy = new ArrayList<>(request.busy());
      Collections.shuffle(participants, new Random(seed));
      Collections.shuffle(busy, new Random(seed));
      FinderRequest shuffled =
          new FinderRequest(
              request.windowStart(),
              request.windowEnd(),
              request.step(),
              request.slots(),
              participants,
              busy);

      assertThat(finder.find(shuffled)).isEqualTo(expected);
      assertThat(finder.find(request)).isEqualTo(expected);
    }
  }

  @Test
  void countsRealTimeAcrossTheSpringDaylightSavingChange() {
    // 2026-03-29 in Helsinki: 03:00 EET jumps to 04:00 EEST, so 02:00-06:00 local is three hours
    LocalDate change = LocalDate.of(2026, 3, 29);
    FinderRequest request =
        new FinderRequest(
            local(change, "02:00"),
            local(change, "06:00"),
            minutes(15),
            List.of(
                slot("A", 60, "worker", "p1"),
                slot("B", 60, "worker"),
                slot("C", 60, "worker"),
                slot("D", 60, "worker")),
            PEOPLE,
            List.of(new Busy("p1", local(change, "02:00"), local(change, "04:00"))));

    Plan plan = finder.find(request);

    PlanChecker.assertValid(request, plan);
    assertThat(plan.slots())
        .extracting(
            slot -> slot.slotKey() + " " + localTime(slot.start()) + "-" + localTime(slot.end()))
        .containsExactly("B 02:00-04:00", "A 04:00-05:00", "C 05:00-06:00");
    assertThat(plan.unplacedSlotKeys()).containsExactly("D");
    assertThat(plan.explanations())
        .containsExactly(Explanation.of("D", Reason.NO_ROOM_LEFT_FOR_ALL));
  }

  @Test
  void answersEightSlotMeetingsQuicklyEvenInTheWorstCase() {
    List<SlotRequest> allFree = new ArrayList<>();
    List<SlotRequest> crowded = new ArrayList<>();
    List<Busy> busy = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      allFree.add(slot("free" + i, 30 + 5 * i, "worker", "p" + (1 + i % 3)));
      crowded.add(slot("crowded" + i, 60, "worker", "p" + (1 + i % 3), "room"));
    }
    for (int hour = 9; hour < 16; hour += 2) {
      busy.add(busy("room", hour + ":30", (hour + 1) + ":15"));
    }
    FinderRequest everythingFits = request("09:00", "16:00", 5, allFree, List.of());
    FinderRequest fewFit = request("09:00", "16:00", 5, crowded, busy);

    assertTimeout(
        Duration.ofSeconds(10),
        () -> {
          PlanChecker.assertValid(everythingFits, finder.find(everythingFits));
          PlanChecker.assertValid(fewFit, finder.find(fewFit));
        });
  }

  @Test
  void findsValidPlansForAMonthOfMeetings() {
    for (FinderRequest meeting : MonthOfMeetings.generate(MonthOfMeetings.SEED)) {
      PlanChecker.assertValid(meeting, finder.find(meeting));
    }
  }

  private static FinderRequest request(
      String from, String to, int stepMinutes, List<SlotRequest> slots, List<Busy> busy) {
    return new FinderRequest(at(from), at(to), minutes(stepMinutes), slots, PEOPLE, busy);
  }

  private static SlotRequest slot(String key, int lengthMinutes, String... participants) {
    return new SlotRequest(key, minutes(lengthMinutes), List.of(participants));
  }

  private static Busy busy(String participant, String from, String to) {
    return new Busy(participant, at(from), at(to));
  }

  private static PlannedSlot planned(String key, String from, String to) {
    return new PlannedSlot(key, at(from), at(to));
  }

  private static Instant at(String time) {
    return local(DAY, time);
  }

  private static Instant local(LocalDate day, String time) {
    return ZonedDateTime.of(day, LocalTime.parse(time.length() == 4 ? "0" + time : time), HELSINKI)
        .toInstant();
  }

  private static String localTime(Instant instant) {
    return instant.atZone(HELSINKI).toLocalTime().toString();
  }
}
