package fi.aso.domain.staff;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An active staff user as the register has them at one moment: the values access is decided on
 * (roles, region, organisation, the contact person a partner user acts as), not the entity, so that
 * one request can decide many times on one read of the register.
 */
public record StaffMember(
    long id,
    String username,
    String email,
    Set<Role> roles,
    Long regionId,
    Long organisationId,
    Long contactPersonId) {

  public StaffMember {
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The roles as the security groups of the container (their names). */
  public Set<String> roleNames() {
    return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  public boolean hasAny(Role... any) {
    return Arrays.stream(any).anyMatch(roles::contains);
  }

  /** Whether the person works in region {@code regionId} (someone without a region: nowhere). */
  public boolean worksIn(long regionId) {
    return this.regionId != null && this.regionId == regionId;
  }

  public Optional<Long> region() {
    return Optional.ofNullable(regionId);
  }

  public Optional<Long> organisation() {
    return Optional.ofNullable(organisationId);
  }

  public Optional<Long> contactPerson() {
    return Optional.ofNullable(contactPersonId);
  }

  public Optional<String> emailAddress() {
    return Optional.ofNullable(email);
  }
}
