package fi.aso.web.faces;

import fi.aso.application.meetingday.CaseHistory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The case page's meetings and actions (read once per view; the read is audited). */
@Named
@ViewScoped
public class CaseHistoryBean implements Serializable {

  @Inject CaseHistory history;
  @Inject CaseBean caseBean;

  private transient CaseHistory.View view;

  public CaseHistory.View getView() {
    if (view == null && caseBean.isRegionStaff() && caseBean.getId() != null) {
      view = history.of(caseBean.getId());
    }
    return view;
  }
}
