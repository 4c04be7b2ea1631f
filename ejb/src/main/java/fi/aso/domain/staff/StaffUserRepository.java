package fi.aso.domain.staff;

import java.util.List;
import java.util.Optional;

/** Port for staff accounts. */
public interface StaffUserRepository {

  Optional<StaffUser> findByUsername(String username);

  Optional<StaffUser> find(long id);

  /**
   * The user as the database has them now, if they exist and are active: access is decided on it at
   * each request, and another node (or an administrator's change) may have deactivated the user or
   * changed their roles a moment ago.
   */
  Optional<StaffMember> activeNow(String username);

  /**
   * The stored password hash of an active user who has set a password (the only place it is read:
   * to check a password at sign-in).
   */
  Optional<String> passwordHashOfActive(String username);

  StaffUser store(StaffUser user);

  /** The region's staff, by name. */
  List<StaffUser> ofRegion(long regionId);

  long count();
}
