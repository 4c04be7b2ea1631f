package fi.aso.web.meeting;

import fi.aso.application.meeting.VideoJoin;
import fi.aso.web.PlainPage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * An invitee's personal join link: records "joined by video" and forwards to the video room. A link
 * that is not (or no longer) valid gets a short page saying so, revealing nothing else.
 */
@WebServlet(name = "videoJoin", urlPatterns = "/join/*")
public class JoinServlet extends HttpServlet {

  @Inject VideoJoin join;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    VideoJoin.Result result = join.join(token);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (result.outcome() == VideoJoin.Outcome.JOINED && result.videoRoom().isPresent()) {
      response.sendRedirect(result.videoRoom().get());
      return;
    }
    ResourceBundle text = PlainPage.texts(request);
    String key =
        switch (result.outcome()) {
          case NOT_OPEN_YET -> "join.notYet";
          case EXPIRED -> "join.expired";
          default -> "join.invalid";
        };
    // an expired link is refused like an unknown one (404); only its text says why
    PlainPage.write(
        response,
        text,
        result.outcome() == VideoJoin.Outcome.INVALID
                || result.outcome() == VideoJoin.Outcome.EXPIRED
            ? HttpServletResponse.SC_NOT_FOUND
            : HttpServletResponse.SC_GONE,
        "app.name",
        "<p id=\"joinMessage\">" + PlainPage.escape(text.getString(key)) + "</p>");
  }
}
