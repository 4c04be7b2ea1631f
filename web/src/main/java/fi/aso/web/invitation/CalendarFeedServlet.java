package fi.aso.web.invitation;

import fi.aso.application.invitation.CalendarFeed;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code /calendar/<token>.ics}: a contact person's personal feed of their upcoming slots. */
@WebServlet(name = "calendarFeed", urlPatterns = "/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  @Inject CalendarFeed feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    String token = path.replaceFirst("^/", "").replaceFirst("\\.ics$", "");
    Optional<String> feed = feeds.feed(token);
    response.setHeader("Cache-Control", "no-store");
    if (feed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
