package fi.aso.application.meeting;

import fi.aso.application.search.DateRange;
import fi.aso.application.search.PageRequest;
import fi.aso.application.search.SearchText;
import fi.aso.application.search.SortOrder;

/**
 * A search of the region's meetings: the days they fall on, their state, text in the place or the
 * series' title; by date ({@code date}, the default: earliest first; {@code date-desc}: latest
 * first), a page at a time.
 */
public record MeetingQuery(
    DateRange period, MeetingState state, String text, String sort, PageRequest page) {

  public static final SortOrder SORTS = SortOrder.of("meetings.sort", "date", "date-desc");

  public MeetingQuery {
    period = period == null ? DateRange.ANY : period;
    text = SearchText.normalise(text);
    sort = SORTS.pick(sort);
  }

  public boolean latestFirst() {
    return sort.equals("date-desc");
  }
}
