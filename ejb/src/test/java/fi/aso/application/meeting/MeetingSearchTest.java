package fi.aso.application.meeting;

import static fi.aso.application.meeting.MeetingWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.Refusal;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding a meeting on a real PostgreSQL: by the days it falls on, whether it is ahead, held or
 * cancelled, text in its place or series, earliest or latest first, a page at a time.
 */
class MeetingSearchTest {

  static MeetingWorld world;

  /** Thirty meetings on the 1st to 30th of December: every third in Lieksa, the 5th cancelled. */
  @BeforeAll
  static void world() {
    world = new MeetingWorld("meeting_search");
    for (int day = 1; day <= 30; day++) {
      Instant start = Instant.parse("2026-12-%02dT07:00:00Z".formatted(day));
      String place = day % 3 == 0 ? "Lieksan virastotalo" : "Joensuun toimisto";
      long id =
          world.as(
              "chair",
              NOW,
              s -> s.calendar.scheduleAdHoc(start, start.plus(Duration.ofHours(2)), place));
      if (day == 5) {
        world.as(
            "chair",
            NOW,
            s -> {
              s.calendar.cancel(id, world.version(id));
              return null;
            });
      }
    }
    // one held in November, recorded afterwards
    world.as(
        "chair",
        NOW,
        s ->
            s.calendar.recordHeld(
                Instant.parse("2026-11-20T07:00:00Z"),
                Instant.parse("2026-11-20T09:00:00Z"),
                "Joensuun toimisto"));
  }

  @AfterAll
  static void close() {
    world.emf.close();
  }

  @Test
  void aPeriodIsPagedEarliestOrLatestFirst() {
    MeetingQuery december =
        new MeetingQuery(
            new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)),
            null,
            null,
            null,
            new PageRequest(0, 25));
    Page<MeetingSummary> first = search("chair", december);
    assertThat(first.total()).isEqualTo(30);
    assertThat(first.entries()).hasSize(25);
    assertThat(first.entries().get(0).start()).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    assertThat(first.nextOffset()).isEqualTo(25);
    Page<MeetingSummary> second =
        search(
            "caseworker",
            new MeetingQuery(december.period(), null, null, "date", new PageRequest(25, 25)));
    assertThat(second.entries()).hasSize(5);
    assertThat(second.entries().get(4).start()).isEqualTo(Instant.parse("2026-12-30T07:00:00Z"));
    assertThat(second.nextOffset()).isNull();

    Page<MeetingSummary> latest =
        search(
            "chair",
            new MeetingQuery(DateRange.ANY, null, null, "date-desc", new PageRequest(0, 2)));
    assertThat(latest.total()).isEqualTo(31);
    assertThat(latest.entries())
        .extracting(MeetingSummary::start)
        .containsExactly(
            Instant.parse("2026-12-30T07:00:00Z"), Instant.parse("2026-12-29T07:00:00Z"));
  }

  @Test
  void byStateAndByText() {
    assertThat(
            search(
                    "chair",
                    new MeetingQuery(
                        null, MeetingState.CANCELLED, null, null, new PageRequest(0, 50)))
                .entries())
        .singleElement()
        .satisfies(m -> assertThat(m.start()).isEqualTo(Instant.parse("2026-12-05T07:00:00Z")));
    assertThat(
            search(
                    "chair",
                    new MeetingQuery(null, MeetingState.HELD, null, null, new PageRequest(0, 50)))
                .entries())
        .singleElement()
        .satisfies(m -> assertThat(m.place()).isEqualTo("Joensuun toimisto"));
    assertThat(
            search(
                    "chair",
                    new MeetingQuery(
                        null, MeetingState.UPCOMING, null, null, new PageRequest(0, 50)))
                .total())
        .isEqualTo(29);
    Page<MeetingSummary> lieksa =
        search(
            "chair",
            new MeetingQuery(
                new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15)),
                null,
                "  LIEKSAN ",
                null,
                new PageRequest(0, 50)));
    assertThat(lieksa.entries())
        .extracting(MeetingSummary::start)
        .containsExactly(
            Instant.parse("2026-12-03T07:00:00Z"),
            Instant.parse("2026-12-06T07:00:00Z"),
            Instant.parse("2026-12-09T07:00:00Z"),
            Instant.parse("2026-12-12T07:00:00Z"),
            Instant.parse("2026-12-15T07:00:00Z"));
  }

  @Test
  void theRegionsStaffOnlyAndAWrongOrderIsRefused() {
    assertThatThrownBy(
            () ->
                search(
                    "kodit-user", new MeetingQuery(null, null, null, null, new PageRequest(0, 5))))
        .isInstanceOf(CaseAccessDenied.class);
    assertThatThrownBy(() -> new MeetingQuery(null, null, null, "place", new PageRequest(0, 5)))
        .isInstanceOf(Refusal.class);
  }

  private static Page<MeetingSummary> search(String user, MeetingQuery query) {
    return Transactions.inTransaction(
        world.emf, em -> TestServices.of(em, user, NOW).meetingSearch().search(query));
  }
}
