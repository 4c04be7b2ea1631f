package fi.aso.web.faces;

import fi.aso.application.meeting.MeetingQuery;
import fi.aso.application.meeting.MeetingSearch;
import fi.aso.application.meeting.MeetingState;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The meeting list of the meetings page, searched by the page's own address (a GET form), {@value
 * #PAGE} at a time. Opened from the menu it shows the meetings from today on, earliest first.
 */
@Named
@RequestScoped
public class MeetingListBean {

  static final int PAGE = 25;

  @Inject MeetingSearch search;
  @Inject ListAddress address;

  private Page<MeetingSummary> page;
  private MeetingQuery query;

  public Page<MeetingSummary> getPage() {
    if (page == null) {
      page =
          address.search(
              () -> {
                query = asked();
                return search.search(query);
              },
              () -> {
                query =
                    new MeetingQuery(
                        new DateRange(LocalDate.now(Times.ZONE), null),
                        null,
                        null,
                        null,
                        new PageRequest(0, PAGE));
                return search.search(query);
              });
    }
    return page;
  }

  private MeetingQuery asked() {
    String today = LocalDate.now(Times.ZONE).toString();
    LocalDate from = FilterValues.date(address.param("from", today), "from");
    LocalDate to = FilterValues.date(address.param("to"), "to");
    return new MeetingQuery(
        new DateRange(from, to),
        FilterValues.choice(MeetingState.class, address.param("state"), "state"),
        address.param("q"),
        address.param("sort"),
        PageRequest.parse(address.param("offset"), null, PAGE));
  }

  /**
   * Read the list again: a post back to the page (a new series) changed the meetings after the list
   * was read while the request was taken in.
   */
  public void reset() {
    page = null;
  }

  /** The search shown, for the form to show what it asked. */
  public MeetingQuery getQuery() {
    getPage();
    return query;
  }

  public MeetingState[] getStates() {
    return MeetingState.values();
  }

  /** Whether the meeting is ahead, held or cancelled, now. */
  public MeetingState stateOf(MeetingSummary m) {
    return MeetingState.of(m.status(), m.end(), Instant.now());
  }
}
