package fi.aso.domain.meeting.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random meetings for comparing the finder with {@link BruteForce}: a case worker in most
 * slots and partners in some, so that waiting matters; lengths that are not multiples of the step,
 * busy times reaching outside the window, empty and touching busy times, busy times of people who
 * are not invited, slots longer than the window and slots nobody is needed for.
 */
final class RandomRequests {

  static final Instant WINDOW_START = Instant.parse("2026-05-04T06:00:00Z");
  private static final int[] STEPS = {10, 15, 20, 30};
  private static final int[] LENGTHS = {15, 20, 30, 45, 60, 90};

  private RandomRequests() {}

  static FinderRequest small(long seed) {
    Random random = new Random(seed);
    int windowMinutes = 60 + 30 * random.nextInt(4);
    List<Participant> participants =
        List.of(
            Participant.person("worker", "Case worker"),
            Participant.person("p1", "Partner 1"),
            Participant.person("p2", "Partner 2"),
            Participant.person("p3", "Partner 3"),
            Participant.room("room", "Video room"));
    List<SlotRequest> slots = new ArrayList<>();
    for (int slot = 0, count = 1 + random.nextInt(4); slot < count; slot++) {
      List<String> invited = new ArrayList<>();
      for (Participant participant : participants) {
        if (random.nextInt(3) < (participant.key().equals("worker") ? 2 : 1)) {
          invited.add(participant.key());
        }
      }
      slots.add(
          new SlotRequest("s" + slot, minutes(LENGTHS[random.nextInt(LENGTHS.length)]), invited));
    }
    List<Busy> busy = new ArrayList<>();
    for (int i = 0, count = random.nextInt(7); i < count; i++) {
      String key =
          random.nextInt(8) == 0
              ? "not-invited"
              : participants.get(random.nextInt(participants.size())).key();
      Instant start = WINDOW_START.plus(minutes(-30 + 5 * random.nextInt(windowMinutes / 5 + 12)));
      busy.add(new Busy(key, start, start.plus(minutes(5 * random.nextInt(19)))));
    }
    return new FinderRequest(
        WINDOW_START,
        WINDOW_START.plus(minutes(windowMinutes)),
        minutes(STEPS[random.nextInt(STEPS.length)]),
        slots,
        participants,
        busy);
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }
}
