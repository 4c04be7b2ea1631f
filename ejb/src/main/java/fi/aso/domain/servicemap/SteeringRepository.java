package fi.aso.domain.servicemap;

import java.util.List;
import java.util.Optional;

/** Port for steering: the needs recorded in meetings and the referrals to services. */
public interface SteeringRepository {

  /** The slot's recorded needs, in the order they were recorded. */
  List<ServiceNeed> needsOfSlot(long slotId);

  /** Every need recorded for the region's clients. */
  List<ServiceNeed> needsOfRegion(long regionId);

  ServiceNeed storeNeed(ServiceNeed need);

  void removeNeed(ServiceNeed need);

  Optional<ServiceReferral> findReferral(long referralId);

  ServiceReferral storeReferral(ServiceReferral referral);

  List<ServiceReferral> referralsOfSlot(long slotId);

  List<ServiceReferral> referralsOfCase(long caseId);

  /** The referrals to the organisation's services. */
  List<ServiceReferral> referralsToOrganisation(long organisationId);

  /** The referrals no provider has answered yet that are due by the day (for the reminders). */
  List<ServiceReferral> awaitingAnswerDueBy(java.time.LocalDate day);

  /** The referrals of the region's clients. */
  List<ServiceReferral> referralsOfRegion(long regionId);
}
