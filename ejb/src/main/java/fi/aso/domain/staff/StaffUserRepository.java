package fi.aso.domain.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port for staff accounts. */
public interface StaffUserRepository {

  Optional<StaffUser> findByUsername(String username);

  Optional<StaffUser> find(long id);

  /**
   * The roles of the user as the database has them now, if the user exists and is active: access is
   * decided on it at each request, and another node (or an administrator's change) may have
   * deactivated the user a moment ago.
   */
  Optional<Set<Role>> activeRolesNow(String username);

  StaffUser store(StaffUser user);

  /** The region's staff, by name. */
  List<StaffUser> ofRegion(long regionId);

  long count();
}
