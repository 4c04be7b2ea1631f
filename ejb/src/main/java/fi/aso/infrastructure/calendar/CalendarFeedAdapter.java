package fi.aso.infrastructure.calendar;

import fi.aso.application.meeting.CalendarFeeds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;

/** The slot finder's calendar feeds, read over HTTP (iCalendar free/busy or event feeds). */
@ApplicationScoped
public class CalendarFeedAdapter implements CalendarFeeds {

  /** Floating and all-day times in partners' feeds are Finnish local time. */
  private static final ZoneId FEED_ZONE = ZoneId.of("Europe/Helsinki");

  @Inject FreeBusyFeeds feeds;

  @Override
  public Answer busyTimes(String url, Instant from, Instant to) {
    FeedResult result = feeds.fetch(url, from, to, FEED_ZONE);
    return new Answer(
        result.busy().stream().map(b -> new Period(b.start(), b.end())).toList(), result.problem());
  }
}
