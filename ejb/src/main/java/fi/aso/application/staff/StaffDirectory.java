package fi.aso.application.staff;

import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff profiles for the signed-in user's own pages and the API. */
@Stateless
public class StaffDirectory {

  @Inject StaffUserRepository users;

  public Optional<StaffProfile> profile(String username) {
    return users.findByUsername(username).map(StaffDirectory::toProfile);
  }

  /**
   * The roles of an active staff user as the register has them now: for sign-ins that did not go
   * through the password store (single sign-on: the provider vouches for who someone is, the
   * platform decides their roles), and for every request of a signed-in caller, so that a
   * deactivated user or a changed role counts at once, whatever token or session they hold.
   */
  public Optional<Set<String>> activeRoles(String username) {
    return users
        .activeRolesNow(username)
        .map(roles -> roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
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
