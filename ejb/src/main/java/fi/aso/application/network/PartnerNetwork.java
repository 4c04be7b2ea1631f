package fi.aso.application.network;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The partner organisations a region works with (the network consent forms choose from). */
@Stateless
public class PartnerNetwork {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;

  /** The organisations serving the caller's region, by name. */
  public List<OrganisationSummary> ofCallersRegion() {
    return staff.findByUsername(caller.name())
        .flatMap(u -> u.region())
        .map(region ->
            em.createQuery(
                    "select o from Organisation o join o.regions r where r.id = :region order by o.name",
                    fi.aso.domain.organisation.Organisation.class)
                .setParameter("region", region.id())
                .getResultList()
                .stream()
                .map(OrganisationSummary::of)
                .toList())
        .orElse(List.of());
  }
}
