package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.retention.LegalHolds;
import fi.aso.domain.Refusal;
import fi.aso.domain.retention.LegalHold;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The case page's legal hold: whether retention is held back from the case, shown to the region's
 * chairs and case workers; set with a reason and released by a chair (as the API allows: {@link
 * LegalHolds} decides, and audits).
 */
@Named
@RequestScoped
public class LegalHoldBean {

  @Inject LegalHolds holds;
  @Inject CaseBean caseBean;
  @Inject Messages messages;

  private Optional<LegalHold> hold;
  private String reason;

  /** The case's hold, or null when there is none (or the reader may not see it). */
  public LegalHold getHold() {
    if (hold == null) {
      try {
        hold = caseBean.getId() == null ? Optional.empty() : holds.of(caseBean.getId());
      } catch (CaseAccessDenied e) {
        hold = Optional.empty();
      }
    }
    return hold.orElse(null);
  }

  public void set() {
    try {
      holds.hold(caseBean.getId(), reason);
      reason = null;
      messages.info("retention.hold.done");
    } catch (Refusal e) {
      messages.refusedAt("legalHold:holdReason", "retention.hold.invalid", e);
    } catch (CaseAccessDenied e) {
      messages.error("retention.hold.notAllowed");
    }
    hold = null;
  }

  public void release() {
    try {
      holds.release(caseBean.getId());
      messages.info("retention.hold.released");
    } catch (CaseAccessDenied e) {
      messages.error("retention.hold.notAllowed");
    }
    hold = null;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
