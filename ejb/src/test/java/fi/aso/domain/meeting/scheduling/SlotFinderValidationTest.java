package fi.aso.domain.meeting.scheduling;

import static fi.aso.domain.meeting.scheduling.RandomRequests.WINDOW_START;
import static fi.aso.domain.meeting.scheduling.RandomRequests.minutes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlotFinderValidationTest {

  private static final Instant END = WINDOW_START.plus(minutes(180));
  private static final List<Participant> PEOPLE = List.of(Participant.person("p1", "Partner 1"));
  private static final List<SlotRequest> ONE_SLOT =
      List.of(new SlotRequest("A", minutes(30), List.of("p1")));

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void rejectsBadInputWithAClearMessage(String expectedMessage, ThrowingCallable construction) {
    assertThatThrownBy(construction)
        .isInstanceOf(Refusal.class)
        .hasMessageContaining(expectedMessage);
  }

  static Stream<Arguments> badInputs() {
    List<SlotRequest> nineSlots = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      nineSlots.add(new SlotRequest("s" + i, minutes(10), List.of()));
    }
    return Stream.of(
        bad("slot key must not be blank", () -> new SlotRequest(" ", minutes(30), List.of())),
        bad(
            "length of slot A must be positive",
            () -> new SlotRequest("A", Duration.ZERO, List.of())),
        bad(
            "lists a participant twice",
            () -> new SlotRequest("A", minutes(30), List.of("p1", "p1"))),
        bad("participant key must not be blank", () -> Participant.person("", "Nobody")),
        bad("ends", () -> new Busy("p1", END, WINDOW_START)),
        bad("must be after window start", () -> request(END, WINDOW_START, minutes(15), ONE_SLOT)),
        bad("step must be positive", () -> request(WINDOW_START, END, Duration.ZERO, ONE_SLOT)),
        bad("step must be positive", () -> request(WINDOW_START, END, minutes(-5), ONE_SLOT)),
        bad("is longer than the window", () -> request(WINDOW_START, END, minutes(181), ONE_SLOT)),
        bad(
            "slot A is longer than 48 hours",
            () ->
                request(
                    WINDOW_START,
                    END,
                    minutes(15),
                    List.of(new SlotRequest("A", Duration.ofDays(3), List.of())))),
        bad(
            "start times in the window",
            () -> request(WINDOW_START, END, Duration.ofNanos(1), ONE_SLOT)),
        bad(
            "longer than 48 hours",
            () -> request(WINDOW_START, END.plus(Duration.ofDays(3)), minutes(15), ONE_SLOT)),
        bad("at most 8 slots", () -> request(WINDOW_START, END, minutes(15), nineSlots)),
        bad(
            "unknown participant p2",
            () ->
                request(
                    WINDOW_START,
                    END,
                    minutes(15),
                    List.of(new SlotRequest("A", minutes(30), List.of("p2"))))),
        bad(
            "duplicate slot key A",
            () ->
                request(WINDOW_START, END, minutes(15), List.of(ONE_SLOT.get(0), ONE_SLOT.get(0)))),
        bad("slots is required", () -> request(WINDOW_START, END, minutes(15), null)),
        bad(
            "duplicate participant key p1",
            () ->
                new FinderRequest(
                    WINDOW_START,
                    END,
                    minutes(15),
                    ONE_SLOT,
                    List.of(PEOPLE.get(0), PEOPLE.get(0)),
                    List.of())),
        bad("finder request is required", () -> new SlotFinder().find(null)));
  }

  private static Arguments bad(String expectedMessage, ThrowingCallable construction) {
    return Arguments.of(expectedMessage, construction);
  }

  private static FinderRequest request(
      Instant start, Instant end, Duration step, List<SlotRequest> slots) {
    return new FinderRequest(start, end, step, slots, PEOPLE, List.of());
  }
}
