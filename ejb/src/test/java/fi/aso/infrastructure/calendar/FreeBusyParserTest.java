package fi.aso.infrastructure.calendar;

import static fi.aso.infrastructure.calendar.ExampleFeeds.busy;
import static fi.aso.infrastructure.calendar.ExampleFeeds.calendar;
import static fi.aso.infrastructure.calendar.ExampleFeeds.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeBusyParserTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

  private final FreeBusyParser parser = new FreeBusyParser();

  @Test
  void freeBusyPeriodsOfEveryTypeButFreeAreBusy() throws FeedProblem {
    String feed =
        calendar(
            "BEGIN:VFREEBUSY",
            "DTSTART:20260301T000000Z",
            "DTEND:20260401T000000Z",
            "FREEBUSY;FBTYPE=BUSY:20260302T080000Z/20260302T090000Z,20260303T080000Z/PT1H30M",
            "FREEBUSY;FBTYPE=FREE:20260304T080000Z/20260304T090000Z",
            "FREEBUSY:20260305T080000Z/20260305T090000Z",
            "FREEBUSY;FBTYPE=BUSY-TENTATIVE:20260306T080000Z/PT15M",
            "FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20260307T080000Z/20260307T100000Z",
            "END:VFREEBUSY");

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-02T08:00:00Z", "2026-03-02T09:00:00Z"),
            busy("2026-03-03T08:00:00Z", "2026-03-03T09:30:00Z"),
            busy("2026-03-05T08:00:00Z", "2026-03-05T09:00:00Z"),
            busy("2026-03-06T08:00:00Z", "2026-03-06T08:15:00Z"),
            busy("2026-03-07T08:00:00Z", "2026-03-07T10:00:00Z"));
  }

  @Test
  void helsinkiTimesAreNineOClockLocalOnBothSidesOfTheSpringChange() throws FeedProblem {
    String feed =
        calendar(
            event(
                "before",
                "DTSTART;TZID=Europe/Helsinki:20260327T090000",
                "DTEND;TZID=Europe/Helsinki:20260327T100000"),
            event(
                "after",
                "DTSTART;TZID=Europe/Helsinki:20260330T090000",
                "DTEND;TZID=Europe/Helsinki:20260330T100000"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-27T07:00:00Z", "2026-03-27T08:00:00Z"),
            busy("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z"));
  }

  @Test
  void aWeeklyEventIsExpandedAcrossTheClockChangeWithoutItsExceptionDate() throws FeedProblem {
    String feed =
        calendar(
            event(
                "weekly",
                "DTSTART;TZID=Europe/Helsinki:20260316T090000",
                "DTEND;TZID=Europe/Helsinki:20260316T100000",
                "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE;TZID=Europe/Helsinki:20260323T090000"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-16T07:00:00Z", "2026-03-16T08:00:00Z"),
            busy("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z"),
            busy("2026-04-06T06:00:00Z", "2026-04-06T07:00:00Z"));
  }

  @Test
  void anEndlessWeeklyEventIsExpandedOnlyWithinTheWindow() throws FeedProblem {
    String feed =
        calendar(
            event(
                "standup",
                "DTSTART:20200106T070000Z",
                "DURATION:PT15M",
                "RRULE:FREQ=WEEKLY;BYDAY=MO"));

    List<BusyInterval> busy =
        parser.parse(feed, MARCH, Instant.parse("2026-03-31T00:00:00Z"), HELSINKI);

    assertThat(busy)
        .extracting(BusyInterval::start)
        .containsExactly(
            Instant.parse("2026-03-02T07:00:00Z"),
            Instant.parse("2026-03-09T07:00:00Z"),
            Instant.parse("2026-03-16T07:00:00Z"),
            Instant.parse("2026-03-23T07:00:00Z"),
            Instant.parse("2026-03-30T07:00:00Z"));
  }

  @Test
  void utcTimesAndDurationsAreRead() throws FeedProblem {
    String feed =
        calendar(
            event("utc", "DTSTART:20260316T120000Z", "DTEND:20260316T130000Z"),
            event("duration", "DTSTART:20260317T120000Z", "DURATION:PT45M"),
            event("instant", "DTSTART:20260318T120000Z"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-16T12:00:00Z", "2026-03-16T13:00:00Z"),
            busy("2026-03-17T12:00:00Z", "2026-03-17T12:45:00Z"));
  }

  @Test
  void allDayEventsAndFloatingTimesAreInTheDefaultZone() throws FeedProblem {
    String feed =
        calendar(
            event("two days", "DTSTART;VALUE=DATE:20260310", "DTEND;VALUE=DATE:20260312"),
            event("one day", "DTSTART;VALUE=DATE:20260401"),
            event("floating", "DTSTART:20260320T120000", "DTEND:20260320T130000"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-09T22:00:00Z", "2026-03-11T22:00:00Z"),
            busy("2026-03-20T10:00:00Z", "2026-03-20T11:00:00Z"),
            busy("2026-03-31T21:00:00Z", "2026-04-01T21:00:00Z"));
  }

  @Test
  void transparentAndCancelledEventsAreNotBusy() throws FeedProblem {
    String feed =
        calendar(
            event(
                "free", "DTSTART:20260316T120000Z", "DTEND:20260316T130000Z", "TRANSP:TRANSPARENT"),
            event(
                "cancelled",
                "DTSTART:20260317T120000Z",
                "DTEND:20260317T130000Z",
                "STATUS:CANCELLED"),
            event(
                "opaque",
                "DTSTART:20260318T120000Z",
                "DTEND:20260318T130000Z",
                "TRANSP:OPAQUE",
                "STATUS:CONFIRMED"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(busy("2026-03-18T12:00:00Z", "2026-03-18T13:00:00Z"));
  }

  @Test
  void aMovedOrCancelledSingleMeetingReplacesTheRegularOne() throws FeedProblem {
    String feed =
        calendar(
            event(
                "daily",
                "DTSTART;TZID=Europe/Helsinki:20260302T100000",
                "DTEND;TZID=Europe/Helsinki:20260302T110000",
                "RRULE:FREQ=DAILY;COUNT=3"),
            event(
                "daily",
                "RECURRENCE-ID;TZID=Europe/Helsinki:20260303T100000",
                "DTSTART;TZID=Europe/Helsinki:20260303T150000",
                "DTEND;TZID=Europe/Helsinki:20260303T160000"),
            event(
                "daily",
                "RECURRENCE-ID;TZID=Europe/Helsinki:20260304T100000",
                "STATUS:CANCELLED",
                "DTSTART;TZID=Europe/Helsinki:20260304T100000",
                "DTEND;TZID=Europe/Helsinki:20260304T110000"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-02T08:00:00Z", "2026-03-02T09:00:00Z"),
            busy("2026-03-03T13:00:00Z", "2026-03-03T14:00:00Z"));
  }

  @Test
  void intervalsAreClippedToTheWindowSortedAndMerged() throws FeedProblem {
    String feed =
        calendar(
            event("late", "DTSTART:20260310T100000Z", "DTEND:20260310T110000Z"),
            event("overlaps", "DTSTART:20260310T083000Z", "DTEND:20260310T100000Z"),
            event("first", "DTSTART:20260310T080000Z", "DTEND:20260310T090000Z"),
            event("across the start", "DTSTART:20260228T230000Z", "DTEND:20260301T010000Z"),
            event("outside", "DTSTART:20260215T080000Z", "DTEND:20260215T090000Z"));

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(
            busy("2026-03-01T00:00:00Z", "2026-03-01T01:00:00Z"),
            busy("2026-03-10T08:00:00Z", "2026-03-10T11:00:00Z"));
  }

  @Test
  void looseLineEndingsAndFoldedLinesAreAccepted() throws FeedProblem {
    String feed =
        String.join(
            "\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//ASO//test//EN",
            "BEGIN:VEVENT",
            "UID:folded",
            "DTSTAMP:20260101T000000Z",
            "SUMMARY:a long summary that a calendar program has folded onto",
            "  a second line",
            "DTSTART:20260316T120000Z",
            "DTEND:20260316T130000Z",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactly(busy("2026-03-16T12:00:00Z", "2026-03-16T13:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SECRET appointment list",
        "<html><body>SECRET login page</body></html>",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:SECRET\r\nDTSTART:SECRET\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:SECRET\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VFREEBUSY\r\nFREEBUSY:SECRET/PT1H\r\nEND:VFREEBUSY\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Nowhere/SECRET:20260316T120000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "   ",
      })
  void unusableTextIsAFeedProblemThatDoesNotQuoteTheFeed(String text) {
    assertThatThrownBy(() -> parser.parse(text, MARCH, MAY, HELSINKI))
        .isInstanceOf(FeedProblem.class)
        .message()
        .isNotBlank()
        .doesNotContain("SECRET");
  }

  @Test
  void theReasonSaysWhatIsWrong() {
    assertThatThrownBy(() -> parser.parse("<html></html>", MARCH, MAY, HELSINKI))
        .hasMessage("not an iCalendar file");
    assertThatThrownBy(
            () ->
                parser.parse(
                    calendar(event("tz", "DTSTART;TZID=Nowhere/Special:20260316T120000")),
                    MARCH,
                    MAY,
                    HELSINKI))
        .hasMessage("the feed uses an unknown time zone");
    assertThatThrownBy(
            () -> parser.parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", MARCH, MAY, HELSINKI))
        .hasMessageStartingWith("malformed iCalendar");
  }

  @Test
  void anOversizedFeedIsRefusedUnread() {
    String huge = "BEGIN:VCALENDAR\r\n" + "X".repeat(FreeBusyParser.MAX_CHARS);

    assertThatThrownBy(() -> parser.parse(huge, MARCH, MAY, HELSINKI))
        .isInstanceOf(FeedProblem.class)
        .hasMessage("the feed is larger than 2 MB");
  }

  @Test
  void tooManyBusyTimesAndTooFrequentRepetitionAreRefused() {
    String hourly =
        calendar(
            event("hourly", "DTSTART:20260101T000000Z", "DURATION:PT30M", "RRULE:FREQ=HOURLY"));
    String minutely =
        calendar(
            event("minutely", "DTSTART:20260101T000000Z", "DURATION:PT30S", "RRULE:FREQ=MINUTELY"));

    assertThatThrownBy(
            () -> parser.parse(hourly, MARCH, Instant.parse("2028-01-01T00:00:00Z"), HELSINKI))
        .isInstanceOf(FeedProblem.class)
        .hasMessageContaining("more than 10000");
    assertThatThrownBy(() -> parser.parse(minutely, MARCH, MAY, HELSINKI))
        .isInstanceOf(FeedProblem.class)
        .hasMessageContaining("more often than hourly");
  }

  @Test
  void anEmptyCalendarHasNoBusyTimes() throws FeedProblem {
    assertThat(parser.parse(calendar(), MARCH, MAY, HELSINKI)).isEmpty();
  }

  /**
   * biweekly writes a zone it has no definition for as a global id, TZID=/Europe/Helsinki (RFC 5545
   * 3.2.19), which ical4j alone does not accept.
   */
  @Test
  void aFeedWrittenByBiweeklyWithGlobalZoneIdsIsRead() throws FeedProblem {
    String feed = ExampleFeeds.biweekly(ExampleFeeds.globalHelsinki());

    assertThat(feed).contains("TZID=/Europe/Helsinki").contains("BEGIN:VFREEBUSY");
    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactlyElementsOf(ExampleFeeds.BIWEEKLY_BUSY);
  }

  /** Outlook-style: the feed defines its own zone ("FLE Standard Time") in a VTIMEZONE. */
  @Test
  void aFeedWrittenByBiweeklyWithItsOwnZoneDefinitionIsRead() throws FeedProblem {
    String feed = ExampleFeeds.biweekly(ExampleFeeds.fleStandardTime());

    assertThat(feed).contains("BEGIN:VTIMEZONE").contains("TZID=FLE Standard Time");
    assertThat(parser.parse(feed, MARCH, MAY, HELSINKI))
        .containsExactlyElementsOf(ExampleFeeds.BIWEEKLY_BUSY);
  }
}
