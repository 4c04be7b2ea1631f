package fi.aso.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.MeetingRecurrence.Occurrence;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingRecurrenceTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final ZoneOffset WINTER = ZoneOffset.ofHours(2);
  private static final ZoneOffset SUMMER = ZoneOffset.ofHours(3);
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime HALF_PAST_TEN = LocalTime.of(10, 30);

  @Test
  void theSecondTuesdayOf2026IsTwelveMeetingsAtNineLocalTimeInWinterAndSummer() {
    MeetingRecurrence series = secondTuesdays(Set.of());

    List<Occurrence> meetings =
        series.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(meetings)
        .extracting(Occurrence::date)
        .containsExactly(
            LocalDate.of(2026, 1, 13),
            LocalDate.of(2026, 2, 10),
            LocalDate.of(2026, 3, 10),
            LocalDate.of(2026, 4, 14),
            LocalDate.of(2026, 5, 12),
            LocalDate.of(2026, 6, 9),
            LocalDate.of(2026, 7, 14),
            LocalDate.of(2026, 8, 11),
            LocalDate.of(2026, 9, 8),
            LocalDate.of(2026, 10, 13),
            LocalDate.of(2026, 11, 10),
            LocalDate.of(2026, 12, 8));
    assertThat(meetings)
        .allSatisfy(
            m -> {
              assertThat(m.start().toLocalTime()).isEqualTo(NINE);
              assertThat(m.end().toLocalTime()).isEqualTo(HALF_PAST_TEN);
              assertThat(m.start().getZone()).isEqualTo(HELSINKI);
              ZoneOffset expected =
                  m.date().getMonthValue() >= 4 && m.date().getMonthValue() <= 10 ? SUMMER : WINTER;
              assertThat(m.start().getOffset()).isEqualTo(expected);
              assertThat(m.end().getOffset()).isEqualTo(expected);
            });
  }

  @Test
  void nineOClockStaysNineOClockOnBothSidesOfTheClockChanges() {
    MeetingRecurrence mondays =
        MeetingRecurrence.of(
            "FREQ=WEEKLY;BYDAY=MO",
            LocalDate.of(2026, 3, 23),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of());

    List<Occurrence> spring = mondays.between(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30));
    List<Occurrence> autumn =
        mondays.between(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26));

    assertThat(spring)
        .extracting(Occurrence::start)
        .containsExactly(
            ZonedDateTime.of(2026, 3, 23, 9, 0, 0, 0, HELSINKI),
            ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, HELSINKI));
    assertThat(spring).extracting(m -> m.start().getOffset()).containsExactly(WINTER, SUMMER);
    assertThat(spring.get(0).start().toInstant()).isEqualTo(Instant.parse("2026-03-23T07:00:00Z"));
    assertThat(spring.get(1).start().toInstant()).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
    assertThat(autumn).extracting(m -> m.start().getOffset()).containsExactly(SUMMER, WINTER);
    assertThat(autumn.get(1).start().toInstant()).isEqualTo(Instant.parse("2026-10-26T07:00:00Z"));
  }

  /** In Helsinki the clocks jump from 03:00 to 04:00 on 2026-03-29: 03:30 does not exist. */
  @Test
  void aMeetingEndingInTheSpringGapStillLastsItsPlannedHour() {
    Occurrence gapDay =
        sundays(LocalTime.of(2, 30), LocalTime.of(3, 30)).get(LocalDate.of(2026, 3, 29));

    assertThat(gapDay.start()).isEqualTo(ZonedDateTime.of(2026, 3, 29, 2, 30, 0, 0, HELSINKI));
    assertThat(gapDay.start().getOffset()).isEqualTo(WINTER);
    assertThat(gapDay.end().toLocalTime()).isEqualTo(LocalTime.of(4, 30));
    assertThat(gapDay.end().getOffset()).isEqualTo(SUMMER);
    assertThat(Duration.between(gapDay.start(), gapDay.end())).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aStartInTheSpringGapMovesForwardByTheLengthOfTheGap() {
    Occurrence gapDay =
        sundays(LocalTime.of(3, 30), LocalTime.of(4, 30)).get(LocalDate.of(2026, 3, 29));

    assertThat(gapDay.date()).isEqualTo(LocalDate.of(2026, 3, 29));
    assertThat(gapDay.start().toOffsetDateTime().toString()).isEqualTo("2026-03-29T04:30+03:00");
    assertThat(gapDay.end().toOffsetDateTime().toString()).isEqualTo("2026-03-29T05:30+03:00");
  }

  /** On 2026-10-25 the clocks go back from 04:00 to 03:00: 03:00-04:00 happens twice. */
  @Test
  void aStartInTheAutumnOverlapIsTheFirstOfTheTwoInstantsAndTheMeetingLastsItsPlannedHour() {
    Occurrence overlapDay =
        sundays(LocalTime.of(3, 30), LocalTime.of(4, 30)).get(LocalDate.of(2026, 10, 25));

    assertThat(overlapDay.start().toOffsetDateTime().toString())
        .isEqualTo("2026-10-25T03:30+03:00");
    assertThat(overlapDay.end().toOffsetDateTime().toString()).isEqualTo("2026-10-25T03:30+02:00");
    assertThat(Duration.between(overlapDay.start(), overlapDay.end()))
        .isEqualTo(Duration.ofHours(1));

    Occurrence endsInOverlap =
        sundays(LocalTime.of(2, 30), LocalTime.of(3, 30)).get(LocalDate.of(2026, 10, 25));
    assertThat(endsInOverlap.start().toOffsetDateTime().toString())
        .isEqualTo("2026-10-25T02:30+03:00");
    assertThat(endsInOverlap.end().toOffsetDateTime().toString())
        .isEqualTo("2026-10-25T03:30+03:00");
  }

  @Test
  void aFirstDateOffTheRuleStartsTheSeriesAtTheRulesNextDate() {
    MeetingRecurrence fromNewYear =
        MeetingRecurrence.of(
            "FREQ=MONTHLY;BYDAY=2TU;COUNT=2",
            LocalDate.of(2026, 1, 1),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of());

    assertThat(fromNewYear.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aSeriesWithoutARuleIsRefusedNotAFault(String blank) {
    // found by the fuzz test: "rrule": null failed with a NullPointerException (a 500)
    for (String rule : Arrays.asList(null, blank)) {
      assertThatThrownBy(
              () ->
                  MeetingRecurrence.of(
                      rule, LocalDate.of(2026, 1, 1), NINE, HALF_PAST_TEN, HELSINKI, Set.of()))
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.code()).isEqualTo("meeting.recurrenceRule"));
    }
  }

  @Test
  void exceptionDatesAreSkipped() {
    MeetingRecurrence series =
        secondTuesdays(Set.of(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 15)));

    List<Occurrence> meetings =
        series.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    assertThat(meetings)
        .hasSize(11)
        .extracting(Occurrence::date)
        .doesNotContain(LocalDate.of(2026, 7, 14))
        .contains(LocalDate.of(2026, 6, 9), LocalDate.of(2026, 8, 11));
    assertThat(series.exceptions())
        .containsExactly(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 15));
  }

  @Test
  void anExceptionCountsTowardsCountAsInRfc5545() {
    MeetingRecurrence three =
        MeetingRecurrence.of(
            "FREQ=WEEKLY;COUNT=3",
            LocalDate.of(2026, 1, 5),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of(LocalDate.of(2026, 1, 12)));

    assertThat(three.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19));
  }

  @Test
  void untilIncludesAMeetingStartingExactlyThen() {
    MeetingRecurrence series =
        MeetingRecurrence.of(
            "FREQ=WEEKLY;UNTIL=20260126T070000Z",
            LocalDate.of(2026, 1, 5),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of());

    assertThat(series.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(Occurrence::date)
        .containsExactly(
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 1, 12),
            LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 1, 26));
  }

  @Test
  void untilAsADateIncludesThatDayAndIsStoredAsItsEndInUtc() {
    MeetingRecurrence series =
        MeetingRecurrence.of(
            "FREQ=WEEKLY;UNTIL=20260126",
            LocalDate.of(2026, 1, 5),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of());

    assertThat(series.rrule()).isEqualTo("FREQ=WEEKLY;UNTIL=20260126T215959Z");
    assertThat(series.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(Occurrence::date)
        .endsWith(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
  }

  @Test
  void theRangeIncludesBothEndsAndNothingBeforeTheFirstDate() {
    MeetingRecurrence series = secondTuesdays(Set.of());

    assertThat(series.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 10)))
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10));
    assertThat(series.between(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10))).hasSize(1);
    assertThat(series.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEmpty();
    assertThatThrownBy(() -> series.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void aLongRangeIsCappedAtTheEarliestFiveHundredMeetings() {
    MeetingRecurrence daily =
        MeetingRecurrence.of(
            "FREQ=DAILY",
            LocalDate.of(2026, 1, 1),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of(LocalDate.of(2026, 1, 2)));

    List<Occurrence> meetings = daily.between(LocalDate.of(2026, 1, 1), LocalDate.of(2036, 12, 31));

    assertThat(meetings).hasSize(MeetingRecurrence.MAX_OCCURRENCES);
    assertThat(meetings.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(meetings.get(1).date()).isEqualTo(LocalDate.of(2026, 1, 3));
    assertThat(meetings.get(499).date()).isEqualTo(LocalDate.of(2026, 1, 1).plusDays(500));
  }

  @Test
  void theRuleIsNormalisedToUpperCaseWithoutPrefix() {
    MeetingRecurrence series =
        MeetingRecurrence.of(
            " RRULE:freq=monthly;byday=2tu ",
            LocalDate.of(2026, 1, 13),
            NINE,
            HALF_PAST_TEN,
            HELSINKI,
            Set.of());

    assertThat(series.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TU");
    assertThat(series)
        .isEqualTo(secondTuesdays(Set.of()))
        .hasSameHashCodeAs(secondTuesdays(Set.of()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "garbage                          | NAME=VALUE",
        "FREQ=                            | NAME=VALUE",
        "BYDAY=2TU                        | needs a FREQ",
        "FREQ=HOURLY                      | cannot repeat HOURLY",
        "FREQ=MINUTELY                    | cannot repeat MINUTELY",
        "FREQ=SECONDLY                    | cannot repeat SECONDLY",
        "FREQ=FORTNIGHTLY                 | unknown FREQ",
        "FREQ=WEEKLY;BYHOUR=9             | time of day",
        "FREQ=WEEKLY;FOO=1                | unknown part",
        "FREQ=WEEKLY;X-NAME=1             | unknown part",
        "FREQ=WEEKLY;FREQ=DAILY           | repeats the part FREQ",
        "FREQ=WEEKLY;COUNT=0              | COUNT is not valid",
        "FREQ=WEEKLY;INTERVAL=-1          | INTERVAL is not valid",
        "FREQ=WEEKLY;UNTIL=tomorrow       | UNTIL is not valid",
        "FREQ=WEEKLY;COUNT=2;UNTIL=20270101 | COUNT or UNTIL",
        "FREQ=WEEKLY;BYDAY=XX             | not a valid recurrence rule",
        "FREQ=WEEKLY;BYDAY=MO,MO          | BYDAY is not valid",
        "FREQ=WEEKLY;BYDAY=MO,            | BYDAY is not valid",
        "FREQ=WEEKLY;UNTIL=20261340       | UNTIL is not a date",
        "FREQ=MONTHLY;BYMONTHDAY=40       | not a valid recurrence rule",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30 | no meeting within 10 years",
        "FREQ=WEEKLY;UNTIL=20251231       | no meeting within 10 years",
      })
  void unusableRulesAreRefusedWithAReason(String rule, String reason) {
    assertThatThrownBy(
            () ->
                MeetingRecurrence.of(
                    rule, LocalDate.of(2026, 1, 13), NINE, HALF_PAST_TEN, HELSINKI, Set.of()))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining(reason);
  }

  @Test
  void anOverlongRuleIsRefusedBeforeItIsParsed() {
    String rule = "FREQ=WEEKLY;BYDAY=" + "MO,".repeat(70) + "MO";

    assertThatThrownBy(
            () ->
                MeetingRecurrence.of(
                    rule, LocalDate.of(2026, 1, 5), NINE, HALF_PAST_TEN, HELSINKI, Set.of()))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("longer than 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"09:00", "08:59"})
  void aMeetingMustEndAfterItStarts(String end) {
    assertThatThrownBy(
            () ->
                MeetingRecurrence.of(
                    "FREQ=MONTHLY;BYDAY=2TU",
                    LocalDate.of(2026, 1, 13),
                    NINE,
                    LocalTime.parse(end),
                    HELSINKI,
                    Set.of()))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("end after it starts");
  }

  /** The same series as an iCalendar event, expanded by biweekly, gives the same instants. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FREQ=MONTHLY;BYDAY=2TU              | 2026-01-13 | 09:00 | 2026-07-14",
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO     | 2026-01-05 | 09:00 | 2026-03-30 2026-11-02",
        "FREQ=MONTHLY;BYDAY=-1TH;COUNT=10    | 2026-01-29 | 13:15 | 2026-04-30",
        "FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU | 2026-03-29 | 09:00 | ",
        "FREQ=WEEKLY;UNTIL=20260601T000000Z  | 2026-03-01 | 03:30 | ",
        "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR     | 2026-10-20 | 09:00 | 2026-10-23",
      })
  void biweeklyExpandsTheSameSeriesToTheSameInstants(
      String rule, LocalDate first, LocalTime start, String exceptions) {
    Set<LocalDate> skipped =
        exceptions == null
            ? Set.of()
            : Arrays.stream(exceptions.split(" "))
                .map(LocalDate::parse)
                .collect(Collectors.toSet());
    MeetingRecurrence series =
        MeetingRecurrence.of(rule, first, start, start.plusHours(1), HELSINKI, skipped);
    LocalDate last = LocalDate.of(2027, 12, 31);

    List<Instant> ours =
        series.between(first, last).stream().map(m -> m.start().toInstant()).toList();

    assertThat(ours).isNotEmpty().isEqualTo(biweeklyStarts(series, last));
  }

  /**
   * biweekly places a local time in the autumn overlap at the second (winter-time) instant; RFC
   * 5545 3.3.5 says the first, which is what this class does. Written down so that a change on
   * either side is noticed.
   */
  @Test
  void inTheAutumnOverlapBiweeklyDiffersFromRfc5545AndThisClassFollowsTheRfc() {
    MeetingRecurrence series =
        MeetingRecurrence.of(
            "FREQ=WEEKLY;BYDAY=SU",
            LocalDate.of(2026, 10, 18),
            LocalTime.of(3, 30),
            LocalTime.of(4, 30),
            HELSINKI,
            Set.of());
    LocalDate overlapDay = LocalDate.of(2026, 10, 25);

    Instant ours = series.between(overlapDay, overlapDay).get(0).start().toInstant();
    List<Instant> theirs = biweeklyStarts(series, overlapDay);

    assertThat(ours).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(theirs.get(theirs.size() - 1)).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
  }

  private static MeetingRecurrence secondTuesdays(Set<LocalDate> exceptions) {
    return MeetingRecurrence.of(
        "FREQ=MONTHLY;BYDAY=2TU",
        LocalDate.of(2026, 1, 13),
        NINE,
        HALF_PAST_TEN,
        HELSINKI,
        exceptions);
  }

  /** Sunday meetings of 2026 by date. */
  private static Map<LocalDate, Occurrence> sundays(LocalTime start, LocalTime end) {
    return MeetingRecurrence.of(
            "FREQ=WEEKLY;BYDAY=SU", LocalDate.of(2026, 1, 4), start, end, HELSINKI, Set.of())
        .between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
        .stream()
        .collect(Collectors.toMap(Occurrence::date, m -> m));
  }

  private static List<Instant> biweeklyStarts(MeetingRecurrence series, LocalDate last) {
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    StringBuilder ics =
        new StringBuilder()
            .append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ASO//test//EN\r\nBEGIN:VEVENT\r\n")
            .append("UID:series@aso.test\r\nDTSTAMP:20260101T000000Z\r\n")
            .append("DTSTART;TZID=Europe/Helsinki:")
            .append(series.firstDate().atTime(series.start()).format(local))
            .append("\r\n")
            .append("RRULE:")
            .append(series.rrule())
            .append("\r\n");
    for (LocalDate exception : series.exceptions()) {
      ics.append("EXDATE;TZID=Europe/Helsinki:")
          .append(exception.atTime(series.start()).format(local))
          .append("\r\n");
    }
    ics.append("END:VEVENT\r\nEND:VCALENDAR\r\n");
    ICalendar calendar = Biweekly.parse(ics.toString()).first();
    DateIterator dates =
        calendar.getEvents().get(0).getDateIterator(TimeZone.getTimeZone(HELSINKI));
    List<Instant> starts = new ArrayList<>();
    while (dates.hasNext()) {
      Instant next = dates.next().toInstant();
      if (next.atZone(HELSINKI).toLocalDate().isAfter(last)) {
        break;
      }
      starts.add(next);
    }
    return starts;
  }
}
