package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.steering.ReferralView;
import fi.aso.application.steering.ServiceReferrals;
import fi.aso.domain.Refusal;
import fi.aso.domain.servicemap.ReferralState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The referrals page: a partner's organisation's referrals to answer and move along (accept,
 * decline with a reason, started, ended), a case worker's clients', the region's for a chair.
 */
@Named
@ViewScoped
public class ReferralsBean implements Serializable {

  @Inject ServiceReferrals referrals;
  @Inject Messages messages;

  private transient List<ReferralView> shown;
  private final Map<Long, String> reason = new HashMap<>();

  public List<ReferralView> getShown() {
    if (shown == null) {
      try {
        shown = referrals.mine();
      } catch (CaseAccessDenied e) {
        shown = List.of();
      }
    }
    return shown;
  }

  /** Takes a step on the referral's path (the button names the step). */
  public void move(long referralId, long version, ReferralState next) {
    try {
      referrals.move(referralId, version, next, reason.get(referralId));
      reason.remove(referralId);
      messages.info("referral.moved");
    } catch (ConcurrentEdit e) {
      messages.error("serviceReferral.conflict");
    } catch (CaseAccessDenied e) {
      messages.error("actions.notYours");
    } catch (Refusal e) {
      messages.refused("referral.refused", e);
    }
    shown = null;
  }

  public Map<Long, String> getReason() {
    return reason;
  }
}
