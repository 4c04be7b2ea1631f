package fi.aso.application.network;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The partner organisations a region works with (the network consent forms choose from). */
@Stateless
public class PartnerNetwork {

  @Inject OrganisationRepository organisations;

  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;

  public PartnerNetwork() {}

  /** For tests outside the container. */
  public PartnerNetwork(
      OrganisationRepository organisations, StaffUserRepository staff, CallerIdentity caller) {
    this.organisations = organisations;
    this.staff = staff;
    this.caller = caller;
  }

  /** The organisations serving the caller's region, by name. */
  public List<OrganisationSummary> ofCallersRegion() {
    return staff
        .findByUsername(caller.name())
        .flatMap(u -> u.region())
        .map(
            region ->
                organisations.ofRegion(region.id()).stream().map(OrganisationSummary::of).toList())
        .orElse(List.of());
  }
}
