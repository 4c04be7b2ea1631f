package fi.aso.application.meeting;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A meeting is planned for a time ahead (a date in the past or decades away is a typing error); one
 * already held is recorded as such, within the past year.
 */
class MeetingTimesTest {

  static MeetingWorld world;

  @BeforeAll
  static void world() {
    world = new MeetingWorld("meeting_times");
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aPlannedMeetingIsAheadAndAHeldOneIsRecordedAsSuchWithinAYear() {
    long before = meetings();
    for (Instant typo :
        List.of(
            NOW.minus(Duration.ofHours(1)),
            NOW.minus(Duration.ofDays(400)),
            NOW.plus(Duration.ofDays(4 * 366)))) {
      assertThatThrownBy(
              () ->
                  world.as(
                      "chair",
                      NOW,
                      s -> s.calendar.scheduleAdHoc(typo, typo.plus(Duration.ofHours(2)), "Sali")))
          .as("planned for " + typo)
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.code()).isEqualTo("meeting.startAhead"));
    }
    Instant lastMonth = NOW.minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    for (Instant notHeld :
        List.of(NOW.plus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(400)))) {
      assertThatThrownBy(
              () ->
                  world.as(
                      "chair",
                      NOW,
                      s ->
                          s.calendar.recordHeld(
                              notHeld, notHeld.plus(Duration.ofHours(2)), "Sali")))
          .as("recorded as held at " + notHeld)
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.code()).isEqualTo("meeting.heldInPast"));
    }
    assertThat(meetings()).as("nothing stored").isEqualTo(before);

    world.as(
        "chair",
        NOW,
        s -> s.calendar.recordHeld(lastMonth, lastMonth.plus(Duration.ofHours(2)), "Sali"));
    world.as(
        "chair",
        NOW,
        s ->
            s.calendar.scheduleAdHoc(
                NOW.plus(Duration.ofDays(7)),
                NOW.plus(Duration.ofDays(7)).plusSeconds(3600),
                "Sali"));
    assertThat(meetings()).isEqualTo(before + 2);
  }

  private static long meetings() {
    return fi.aso.testing.Transactions.<Long>inTransaction(
        world.emf,
        em -> em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult());
  }
}
