package fi.aso.web.invitation;

import fi.aso.application.invitation.CalendarFeed;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code /calendar/<token>.ics}: a contact person's personal feed of their upcoming slots. */
@WebServlet(name = "calendarFeed", urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends DownloadServlet {

  @Inject CalendarFeed feeds;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token = path.replaceFirst("^/", "").replaceFirst("\\.ics$", "");
    return feeds
        .feed(token)
        .map(
            feed ->
                Download.inline(
                    "text/calendar; charset=UTF-8", feed.getBytes(StandardCharsets.UTF_8)));
  }
}
