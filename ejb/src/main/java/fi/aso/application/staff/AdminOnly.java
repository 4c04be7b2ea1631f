package fi.aso.application.staff;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The platform's administrative views (failed deliveries, kept replies): administrators only. */
@ApplicationScoped
public class AdminOnly {

  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;

  public AdminOnly() {}

  /** For tests outside the container. */
  public AdminOnly(StaffUserRepository staff, CallerIdentity caller) {
    this.staff = staff;
    this.caller = caller;
  }

  /** The region of an administrator; anyone else is not permitted. */
  public static Region regionOf(StaffUserRepository staff, String username) {
    StaffUser user = staff.findByUsername(username).orElseThrow(NotPermitted::new);
    if (!user.roles().contains(Role.ADMIN) || user.region().isEmpty()) {
      throw new NotPermitted();
    }
    return user.region().get();
  }

  /** The calling administrator's region. */
  public Region region() {
    return regionOf(staff, caller.name());
  }

  public void require() {
    if (staff.findByUsername(caller.name()).filter(u -> u.roles().contains(Role.ADMIN)).isEmpty()) {
      throw new NotPermitted();
    }
  }
}
