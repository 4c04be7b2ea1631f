package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.steering.ReferralView;
import fi.aso.application.steering.ServiceReferrals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The referrals on the home pages: a partner's waiting for their organisation's answer, a case
 * worker's clients' still open (kept apart from {@link HomeBean}, which has enough to do).
 */
@Named("homeReferrals")
@RequestScoped
public class HomeReferralsBean {

  static final int SHOWN = 10;

  @Inject ServiceReferrals referrals;

  private List<ReferralView> toDo;

  public List<ReferralView> getToDo() {
    if (toDo == null) {
      try {
        toDo = referrals.toDo().stream().limit(SHOWN).toList();
      } catch (CaseAccessDenied e) {
        toDo = List.of();
      }
    }
    return toDo;
  }
}
