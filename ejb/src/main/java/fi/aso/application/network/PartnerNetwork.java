package fi.aso.application.network;

import fi.aso.application.staff.Caller;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.organisation.OrganisationType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The partner organisations a region works with (the network consent forms choose from). */
@Stateless
public class PartnerNetwork {

  @Inject OrganisationRepository organisations;
  @Inject Caller caller;

  public PartnerNetwork() {}

  /** For tests outside the container. */
  public PartnerNetwork(OrganisationRepository organisations, Caller caller) {
    this.organisations = organisations;
    this.caller = caller;
  }

  /** The organisations serving the caller's region, by name. */
  public List<OrganisationSummary> ofCallersRegion() {
    return caller
        .now()
        .flatMap(m -> m.region())
        .map(
            region -> organisations.ofRegion(region).stream().map(OrganisationSummary::of).toList())
        .orElse(List.of());
  }

  /** The prisons and probation offices of the caller's region: where a client can be. */
  public List<OrganisationSummary> institutionsOfCallersRegion() {
    return ofCallersRegion().stream()
        .filter(
            o ->
                o.type() == OrganisationType.PRISON
                    || o.type() == OrganisationType.PROBATION_OFFICE)
        .toList();
  }
}
