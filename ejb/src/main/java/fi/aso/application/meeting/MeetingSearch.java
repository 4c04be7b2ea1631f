package fi.aso.application.meeting;

import fi.aso.application.search.Keyset;
import fi.aso.application.search.Page;
import fi.aso.application.search.SearchText;
import fi.aso.domain.Bounds;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.MeetingSeries;
import fi.aso.domain.region.Region;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Finding a meeting among the region's, for its chairs and case workers. Meetings carry no client
 * names, so a search reads no client data: nothing to audit. The period is narrowed in the
 * database; a region holds a few meetings a month, so the rest is filtered in memory.
 */
@Stateless
public class MeetingSearch {

  private static final Keyset<Meeting> EARLIEST_FIRST =
      Keyset.of("meetings:date", m -> new Object[] {m.startsAt(), m.id()});

  @Inject MeetingRepository meetings;
  @Inject MeetingRights rights;

  Clock clock = Clock.systemUTC();

  public MeetingSearch() {}

  /** For tests outside the container. */
  public MeetingSearch(MeetingRepository meetings, MeetingRights rights, Clock clock) {
    this.meetings = meetings;
    this.rights = rights;
    this.clock = clock;
  }

  public Page<MeetingSummary> search(MeetingQuery query) {
    Region region = rights.region(rights.regionStaff());
    ZoneId zone = ZoneId.of(region.timeZone());
    Instant now = clock.instant();
    Instant from =
        Optional.ofNullable(query.period().start(zone))
            .orElse(Bounds.EARLIEST_SEARCH.atStartOfDay(ZoneOffset.UTC).toInstant());
    Instant to =
        Optional.ofNullable(query.period().end(zone))
            .orElse(Bounds.LATEST_SEARCH.atStartOfDay(ZoneOffset.UTC).toInstant());
    List<Meeting> matching =
        meetings.ofRegionBetween(region.id(), from, to).stream()
            .filter(m -> query.state() == null || MeetingState.of(m, now) == query.state())
            .filter(
                m ->
                    SearchText.matches(
                        query.text(), m.place(), m.series().map(MeetingSeries::title).orElse(null)))
            .toList();
    return query
        .page()
        .of(matching, query.latestFirst() ? EARLIEST_FIRST.reversed() : EARLIEST_FIRST)
        .map(MeetingSummary::of);
  }
}
