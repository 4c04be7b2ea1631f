package fi.aso.domain.staff;

import java.util.Optional;

/** Port for staff accounts. */
public interface StaffUserRepository {

  Optional<StaffUser> findByUsername(String username);

  Optional<StaffUser> find(long id);

  StaffUser store(StaffUser user);

  long count();
}
