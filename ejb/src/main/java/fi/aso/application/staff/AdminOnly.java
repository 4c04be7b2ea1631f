package fi.aso.application.staff;

import fi.aso.application.network.NotPermitted;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform's administrative work (partner network, staff accounts, deliveries, kept replies):
 * an administrator of a region, who acts within that region only.
 */
@ApplicationScoped
public class AdminOnly {

  @Inject Caller caller;
  @Inject RegionRepository regions;

  public AdminOnly() {}

  /** For tests outside the container. */
  public AdminOnly(Caller caller, RegionRepository regions) {
    this.caller = caller;
    this.regions = regions;
  }

  /** The calling administrator; anyone else is not permitted. */
  public StaffMember administrator() {
    StaffMember admin = caller.withAny(NotPermitted::new, Role.ADMIN);
    if (admin.region().isEmpty()) {
      throw new NotPermitted();
    }
    return admin;
  }

  /** The id of the calling administrator's region. */
  public long regionId() {
    return administrator().regionId();
  }

  /** The calling administrator's region. */
  public Region region() {
    return regions.find(regionId()).orElseThrow(NotPermitted::new);
  }
}
