package fi.aso.web.invitation;

import fi.aso.application.invitation.Replies;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.web.PlainPage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * The accept/decline links of an invitation mail. Following a link (GET) only shows the choice; the
 * answer is saved when the invitee presses a button (POST), because mail scanners open links by
 * themselves. No login: the signed token is the key, and the page shows nothing of the client.
 */
@WebServlet(name = "invitationAnswer", urlPatterns = "/answer/*")
public class AnswerServlet extends HttpServlet {

  @Inject Replies replies;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ResourceBundle text = PlainPage.texts(request);
    String token = token(request);
    if (replies.linkExpired(token)) {
      // no choice to offer: say so now rather than after a button press
      showResult(response, text, HttpServletResponse.SC_NOT_FOUND, "answer.expired");
      return;
    }
    String suggested = request.getParameter("a");
    StringBuilder form =
        new StringBuilder("<form method=\"post\" action=\"")
            .append(escape(request.getContextPath() + "/answer/" + token))
            .append("\">")
            .append("<p>")
            .append(escape(text.getString("answer.question")))
            .append("</p>");
    for (InvitationAnswer answer :
        new InvitationAnswer[] {
          InvitationAnswer.ACCEPTED, InvitationAnswer.DECLINED, InvitationAnswer.TENTATIVE
        }) {
      form.append("<p><button type=\"submit\" name=\"a\" value=\"")
          .append(answer.name())
          .append("\"")
          .append(answer.name().equals(suggested) ? " autofocus" : "")
          .append(">")
          .append(escape(text.getString("invitationAnswer." + answer.name())))
          .append("</button></p>");
    }
    form.append("</form>");
    PlainPage.write(response, text, HttpServletResponse.SC_OK, "answer.title", form.toString());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ResourceBundle text = PlainPage.texts(request);
    InvitationAnswer answer;
    try {
      answer = InvitationAnswer.valueOf(String.valueOf(request.getParameter("a")));
    } catch (IllegalArgumentException e) {
      answer = null;
    }
    Replies.LinkAnswer outcome = replies.answerByLink(token(request), answer);
    String key =
        switch (outcome) {
          case SAVED -> "answer.saved";
          case EXPIRED -> "answer.expired";
          case INVALID -> "answer.invalid";
        };
    // an expired link is refused like an unknown one (404); only its text says why
    showResult(
        response,
        text,
        outcome == Replies.LinkAnswer.SAVED
            ? HttpServletResponse.SC_OK
            : HttpServletResponse.SC_NOT_FOUND,
        key);
  }

  private static void showResult(
      HttpServletResponse response, ResourceBundle text, int status, String key)
      throws IOException {
    PlainPage.write(
        response,
        text,
        status,
        "answer.title",
        "<p id=\"answerResult\">" + escape(text.getString(key)) + "</p>");
  }

  private static String escape(String s) {
    return PlainPage.escape(s);
  }

  private static String token(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path == null || path.length() < 2
        ? ""
        : path.substring(1).replaceAll("[^0-9A-Za-z_-]", "");
  }
}
