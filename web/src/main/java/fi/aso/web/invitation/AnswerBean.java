package fi.aso.web.invitation;

import fi.aso.application.invitation.AnswerLinkView;
import fi.aso.application.invitation.Replies;
import fi.aso.domain.meeting.InvitationAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The page behind an invitation's accept/decline link ({@code /answer/<token>}, forwarded here by
 * {@link AnswerServlet}, or {@code answer.xhtml?t=} after a language switch): the meeting's time,
 * place and case reference, the answer so far, and buttons that post to the link. The answer itself
 * is saved by the servlet's POST, which forwards here with its outcome.
 */
@Named
@RequestScoped
public class AnswerBean {

  /** The request attribute in which {@link AnswerServlet} leaves the outcome of a posted answer. */
  static final String POSTED = AnswerBean.class.getName() + ".posted";

  /** The buttons, in the order shown. */
  private static final List<InvitationAnswer> CHOICES =
      List.of(InvitationAnswer.ACCEPTED, InvitationAnswer.DECLINED, InvitationAnswer.TENTATIVE);

  @Inject AnswerLinkView view;

  private String token = "";
  private AnswerLinkView.Shown shown;
  private Replies.LinkAnswer posted;

  /** Reads the link, and answers 404 for a link that offers no choice (as it always has). */
  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.setResponseHeader("Referrer-Policy", "no-referrer");
    posted = external.getRequestMap().get(POSTED) instanceof Replies.LinkAnswer a ? a : null;
    shown = view.show(token);
    boolean refused = posted != null ? posted != Replies.LinkAnswer.SAVED : !shown.answerable();
    if (refused) {
      external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  public AnswerLinkView.Shown getShown() {
    return shown;
  }

  public boolean isSaved() {
    return posted == Replies.LinkAnswer.SAVED;
  }

  /** A posted answer that was refused although the link still offers a choice (none chosen). */
  public boolean isRefused() {
    return posted != null && posted != Replies.LinkAnswer.SAVED && shown.answerable();
  }

  public List<InvitationAnswer> getChoices() {
    return CHOICES;
  }

  /** The button the mail's link suggested gets the focus, unless an answer was just posted. */
  public boolean suggested(InvitationAnswer answer) {
    return posted == null
        && answer
            .name()
            .equals(
                FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("a"));
  }

  /** Where the buttons post: the link itself. */
  public String getAction() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/answer/"
        + token;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = AnswerServlet.clean(token);
  }
}
