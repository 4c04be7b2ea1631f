package fi.aso.benchmark;

import fi.aso.domain.meeting.scheduling.Busy;
import fi.aso.domain.meeting.scheduling.FinderRequest;
import fi.aso.domain.meeting.scheduling.Participant;
import fi.aso.domain.meeting.scheduling.SlotRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic, reproducible load for the slot finder: the weekday meetings of a month, each
 * 9:00-16:00 Helsinki time with a 5-minute grid. Every meeting has a case worker in all slots, a
 * client per slot (busy with the prison's daily routine), ten partner contact persons of whom each
 * slot invites three or four (so some attend several slots), and the video room for about half of
 * the slots. Everybody has a few busy periods between 8:00 and 17:00.
 */
public final class MonthOfMeetings {

  public static final long SEED = 20260601L;
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final int PARTNERS = 10;

  private MonthOfMeetings() {}

  /** Twenty meetings of four slots, always the same for the same seed. */
  public static List<FinderRequest> generate(long seed) {
    Random random = new Random(seed);
    List<FinderRequest> meetings = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2026, 6, 1); meetings.size() < 20; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        meetings.add(
            meeting(random, day.atTime(LocalTime.of(9, 0)).atZone(HELSINKI).toInstant(), 4));
      }
    }
    return meetings;
  }

  /** One 9:00-16:00 meeting starting at {@code windowStart} with {@code slots} client slots. */
  public static FinderRequest meeting(Random random, Instant windowStart, int slots) {
    List<Participant> participants = new ArrayList<>();
    participants.add(Participant.person("worker", "Case worker"));
    participants.add(Participant.room("video-room", "Video room"));
    for (int partner = 0; partner < PARTNERS; partner++) {
      participants.add(Participant.person("partner-" + partner, "Partner " + partner));
    }
    List<SlotRequest> requests = new ArrayList<>();
    for (int slot = 0; slot < slots; slot++) {
      String client = "client-" + slot;
      participants.add(Participant.person(client, "Client " + slot));
      List<String> invited = new ArrayList<>(List.of("worker", client));
      for (int partner = 0; partner < PARTNERS; partner++) {
        if (random.nextInt(PARTNERS) < 3 + random.nextInt(2)) {
          invited.add("partner-" + partner);
        }
      }
      if (random.nextBoolean()) {
        invited.add("video-room");
      }
      requests.add(
          new SlotRequest(
              "slot-" + slot, Duration.ofMinutes(30 + 15 * random.nextInt(3)), invited));
    }
    List<Busy> busy = new ArrayList<>();
    for (Participant participant : participants) {
      int periods = participant.key().equals("worker") ? random.nextInt(2) : random.nextInt(4);
      for (int i = 0; i < periods; i++) {
        Instant start = windowStart.plus(Duration.ofMinutes(-60 + 15 * random.nextInt(36)));
        busy.add(
            new Busy(
                participant.key(),
                start,
                start.plus(Duration.ofMinutes(15 + 15 * random.nextInt(6)))));
      }
    }
    return new FinderRequest(
        windowStart,
        windowStart.plus(Duration.ofHours(7)),
        Duration.ofMinutes(5),
        requests,
        participants,
        busy);
  }
}
