package fi.aso.web.invitation;

import fi.aso.application.steering.ReferralAnswers;
import fi.aso.application.steering.ReferralAnswers.Outcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page behind a referral mail's answer link ({@code /referral-answer/<token>}, forwarded here
 * by {@link ReferralAnswerServlet}, or {@code referral-answer.xhtml?t=} after a language switch):
 * the case reference, the service and where the referral stands, and the next steps as buttons that
 * post to the link. A link that offers no step answers 404 (expired or used up 410), with the
 * reason in words.
 */
@Named
@RequestScoped
public class ReferralAnswerBean {

  /** The request attribute in which the servlet leaves the outcome of a posted step. */
  static final String POSTED = ReferralAnswerBean.class.getName() + ".posted";

  @Inject ReferralAnswers answers;

  private String token = "";
  private ReferralAnswers.Shown shown;
  private Outcome posted;

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseHeader("Referrer-Policy", "no-referrer");
    external.setResponseHeader("Cache-Control", "no-store");
    posted = external.getRequestMap().get(POSTED) instanceof Outcome o ? o : null;
    shown = answers.show(token);
    if (shown.state() == ReferralAnswers.State.EXPIRED
        || (shown.state() == ReferralAnswers.State.CLOSED && posted == null)) {
      // past its time, or used up (declined or ended; the step that closed it answers 200)
      external.setResponseStatus(HttpServletResponse.SC_GONE);
    } else if (!shown.isOpen() && shown.state() != ReferralAnswers.State.CLOSED) {
      external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    } else if (posted != null && posted != Outcome.SAVED) {
      external.setResponseStatus(
          posted == Outcome.CHANGED
              ? HttpServletResponse.SC_CONFLICT
              : HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  public ReferralAnswers.Shown getShown() {
    return shown;
  }

  /** The posted step's outcome, or null when nothing was posted. */
  public String getPosted() {
    return posted == null ? null : posted.name();
  }

  public boolean isSaved() {
    return posted == Outcome.SAVED;
  }

  /** A refused step said above the form (a link that offers no step says why on its own). */
  public boolean isRefused() {
    return posted != null && posted != Outcome.SAVED && posted != Outcome.NOT_ANSWERABLE;
  }

  /** The bundle key of the refused step's words. */
  public String getRefusalKey() {
    return switch (posted) {
      case CHANGED -> "referralAnswer.changed";
      case REASON_MISSING -> "referralAnswer.reasonMissing";
      case TOO_LONG -> "referralAnswer.tooLong";
      default -> "referralAnswer.notChosen";
    };
  }

  /** Where the buttons post: the link itself. */
  public String getAction() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/referral-answer/"
        + token;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = AnswerServlet.clean(token);
  }
}
