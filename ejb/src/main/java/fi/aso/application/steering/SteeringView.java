package fi.aso.application.steering;

import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import java.util.List;
import java.util.Set;

/**
 * The steering part of a client's slot: the needs recorded, for each the region's services of that
 * kind (those of consented organisations first), and the referrals made.
 */
public record SteeringView(
    long slotId, long caseId, List<Need> needs, List<ReferralView> referrals) {

  /** A recorded need and the services proposed for it (none: the region has no such service). */
  public record Need(ServiceKind kind, List<Proposal> proposals) {

    public boolean noService() {
      return proposals.isEmpty();
    }
  }

  /**
   * A service proposed for a need. {@code consented}: the client's consent names its provider, so
   * the service can be contacted; {@code carries} is what a referral would carry (the service's
   * needs the consent allows), {@code withheld} what the service asks for and the consent does not
   * allow. {@code referral} is the live referral to it, if one was made.
   */
  public record Proposal(
      long serviceId,
      String nameFi,
      String nameSv,
      String nameEn,
      long organisationId,
      String organisation,
      boolean consented,
      Set<InformationCategory> carries,
      Set<InformationCategory> withheld,
      Long referralId,
      ReferralState referralState) {

    public String name(String language) {
      return ServiceDescription.nameIn(language, nameFi, nameSv, nameEn);
    }

    public boolean referred() {
      return referralId != null;
    }
  }
}
