package fi.aso.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * A form post must carry the nonce of the page it came from, which PrimeFaces' script adds to every
 * form: one without it was not sent by that page (a forged cross-site post) or by a page the script
 * never ran on. PrimeFaces itself notices only while it renders the answer, after the form's action
 * has run; this check, right after the view is restored, stops the post before any value or action
 * is applied and sends the user back to the page, as {@link StaleFormHandler} does for an expired
 * form.
 */
public class CspNonceCheck implements PhaseListener {

  /** Where PrimeFaces keeps the page's nonce in the view, and the form field that carries it. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getViewRoot() == null) {
      return;
    }
    Map<String, Object> view = faces.getViewRoot().getViewMap(false);
    Object expected = view == null ? null : view.get(NONCE);
    if (expected == null) {
      return; // a view without a nonce (stateless): PrimeFaces has nothing to compare either
    }
    String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    if (!Objects.equals(expected, sent)) {
      // the same answer as for an expired form; the response is complete, so nothing of the post
      // is applied (an exception from a phase listener would only be queued, and the lifecycle
      // would go on)
      StaleFormHandler.redirectToFreshPage(faces);
    }
  }
}
