package fi.aso.application.staff;

import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Staff profiles for the signed-in user's own pages and the API. */
@Stateless
public class StaffDirectory {

  @Inject StaffUserRepository users;

  public Optional<StaffProfile> profile(String username) {
    return users.findByUsername(username).map(StaffDirectory::toProfile);
  }

  static StaffProfile toProfile(StaffUser user) {
    return new StaffProfile(
        user.username(),
        user.displayName(),
        user.roles().stream().map(Enum::name).sorted().toList(),
        user.preferredLocale(),
        user.region().map(Region::code).orElse(null),
        user.region().map(Region::name).orElse(null),
        user.organisation().map(Organisation::name).orElse(null));
  }
}
