package fi.aso.application.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: a contact person's calendar feed, read for the slot finder. An unreachable or malformed
 * feed is an answer with a problem, never an exception: the finder goes on without it and the chair
 * is told.
 */
public interface CalendarFeeds {

  /** A busy period from a feed. */
  record Period(Instant start, Instant end) {}

  /** The feed's busy periods within the window, or what went wrong. */
  record Answer(List<Period> busy, Optional<String> problem) {}

  Answer busyTimes(String url, Instant from, Instant to);
}
