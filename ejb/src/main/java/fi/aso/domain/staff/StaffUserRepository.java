package fi.aso.domain.staff;

import java.util.Optional;

/** Port for staff accounts. */
public interface StaffUserRepository {

  Optional<StaffUser> findByUsername(String username);

  StaffUser store(StaffUser user);

  long count();
}
