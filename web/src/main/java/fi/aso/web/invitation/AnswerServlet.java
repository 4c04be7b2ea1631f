package fi.aso.web.invitation;

import fi.aso.application.invitation.Replies;
import fi.aso.domain.meeting.InvitationAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The accept/decline links of an invitation mail. Following a link (GET) only shows the meeting and
 * the choice ({@code answer.xhtml}); the answer is saved when the invitee presses a button (POST),
 * because mail scanners open links by themselves. No login: the signed token is the key, and the
 * page shows nothing of the client but the case reference the mail itself carried.
 */
@WebServlet(name = "invitationAnswer", urlPatterns = "/answer/*")
public class AnswerServlet extends HttpServlet {

  @Inject Replies replies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    showPage(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    InvitationAnswer answer;
    try {
      answer = InvitationAnswer.valueOf(String.valueOf(request.getParameter("a")));
    } catch (IllegalArgumentException e) {
      answer = null;
    }
    // the page says what became of it; an expired or refused answer is a 404 there
    request.setAttribute(AnswerBean.POSTED, replies.answerByLink(token(request), answer));
    showPage(request, response);
  }

  private static void showPage(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setHeader("Referrer-Policy", "no-referrer");
    request.getRequestDispatcher("/answer.xhtml?t=" + token(request)).forward(request, response);
  }

  private static String token(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path == null || path.length() < 2 ? "" : clean(path.substring(1));
  }

  /** A token has only these characters; anything else is dropped (it cannot be ours then). */
  static String clean(String token) {
    return token == null ? "" : token.replaceAll("[^0-9A-Za-z_-]", "");
  }
}
