package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseView;
import fi.aso.domain.clientcase.Referral;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One client case, as the signed-in user may see it. A case the user may not see answers 404,
 * exactly like one that does not exist.
 */
@Named
@RequestScoped
public class CaseBean {

  @Inject CaseFile caseFile;
  @Inject FacesContext faces;

  private Long id;
  private CaseView view;

  public void load() throws IOException {
    try {
      view = id == null ? null : caseFile.read(id, "case page");
    } catch (CaseAccessDenied e) {
      view = null;
    }
    if (view == null) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  /** The referral topics the user may see, in the order the group goes through them. */
  public List<Map.Entry<Referral.Topic, String>> getTopics() {
    return List.copyOf(view.referral().entrySet());
  }

  public CaseView getView() {
    return view;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
