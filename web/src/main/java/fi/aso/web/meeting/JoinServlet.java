package fi.aso.web.meeting;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An invitee's personal join link ({@code /join/<token>}): the page {@code join.xhtml} records
 * "joined by video" and forwards to the video room, or says in words when the meeting is (or that
 * it is over, or the link is not valid), revealing nothing else.
 */
@WebServlet(name = "videoJoin", urlPatterns = "/join/*")
public class JoinServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String path = request.getPathInfo();
    String token = path == null || path.length() < 2 ? "" : path.substring(1);
    request
        .getRequestDispatcher("/join.xhtml?t=" + JoinBean.clean(token))
        .forward(request, response);
  }
}
