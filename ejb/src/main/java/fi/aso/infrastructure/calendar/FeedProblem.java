package fi.aso.infrastructure.calendar;

/**
 * A calendar feed that cannot be used, with a short reason fit to show to the meeting's chair ("not
 * an iCalendar file", "HTTP 500"). Checked, so that callers decide what a missing calendar means
 * for them; the reason never quotes the feed, which may hold other people's appointments.
 */
public class FeedProblem extends Exception {

  private static final long serialVersionUID = 1L;

  public FeedProblem(String reason) {
    super(reason);
  }
}
