package fi.aso.web.invitation;

import fi.aso.application.steering.ReferralAnswers;
import fi.aso.domain.servicemap.ReferralState;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answer links of a referral's mails. Following a link (GET) only shows the referral and the
 * steps ({@code referral-answer.xhtml}); a step is saved when the contact person presses a button
 * (POST), because mail scanners open links by themselves. No login: the signed token is the key,
 * and the page shows nothing of the client but the case reference the mail itself carried.
 */
@WebServlet(name = "referralAnswer", urlPatterns = "/referral-answer/*")
public class ReferralAnswerServlet extends HttpServlet {

  @Inject ReferralAnswers answers;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    showPage(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    ReferralState step;
    long version;
    try {
      step = ReferralState.valueOf(String.valueOf(request.getParameter("step")));
      version = Long.parseLong(String.valueOf(request.getParameter("version")));
    } catch (IllegalArgumentException e) {
      step = null;
      version = -1;
    }
    request.setAttribute(
        ReferralAnswerBean.POSTED,
        answers.answer(token(request), version, step, request.getParameter("reason")));
    showPage(request, response);
  }

  private static void showPage(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setHeader("Referrer-Policy", "no-referrer");
    request
        .getRequestDispatcher("/referral-answer.xhtml?t=" + token(request))
        .forward(request, response);
  }

  private static String token(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path == null || path.length() < 2 ? "" : AnswerServlet.clean(path.substring(1));
  }
}
