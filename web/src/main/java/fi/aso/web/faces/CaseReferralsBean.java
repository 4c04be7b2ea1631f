package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.steering.ReferralView;
import fi.aso.application.steering.ServiceReferrals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A client's referrals to services on the case page, beside the follow-up points: where each stands
 * is what the follow-up asks about (for the region's chairs and case workers).
 */
@Named
@RequestScoped
public class CaseReferralsBean {

  @Inject ServiceReferrals referrals;
  @Inject CaseBean caseBean;

  private List<ReferralView> shown;

  public List<ReferralView> getShown() {
    if (shown == null) {
      try {
        shown = caseBean.getId() == null ? List.of() : referrals.ofCase(caseBean.getId());
      } catch (CaseAccessDenied e) {
        shown = List.of();
      }
    }
    return shown;
  }
}
