package fi.aso.application.staff;

import fi.aso.application.NotFound;
import fi.aso.application.audit.AuditTrail;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.domain.Refusal;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's staff register of their region: who may sign in, to which organisation they
 * belong and with which roles. A change counts at the user's next request (the authentication
 * mechanism reads the register at every request), and every change is audited.
 */
@Stateless
public class StaffAccounts {

  @Inject StaffUserRepository users;
  @Inject OrganisationRepository organisations;
  @Inject AdminOnly admin;
  @Inject RegionRepository regions;
  @Inject AuditTrail audit;
  @Inject PasswordLinks passwordLinks;

  public StaffAccounts() {}

  /** For tests outside the container. */
  public StaffAccounts(
      StaffUserRepository users,
      OrganisationRepository organisations,
      RegionRepository regions,
      AdminOnly admin,
      AuditTrail audit,
      PasswordLinks passwordLinks) {
    this.users = users;
    this.organisations = organisations;
    this.regions = regions;
    this.admin = admin;
    this.audit = audit;
    this.passwordLinks = passwordLinks;
  }

  /** A staff account as the administrator sees it (no password, no hash). */
  public record Account(
      long id,
      String username,
      String displayName,
      String email,
      List<String> roles,
      String organisation,
      String contactPerson,
      boolean active,
      long version) {

    static Account of(StaffUser user) {
      return new Account(
          user.id(),
          user.username(),
          user.displayName(),
          user.email().orElse(null),
          user.roles().stream().map(Enum::name).sorted().toList(),
          user.organisation().map(Organisation::name).orElse(null),
          user.contactPerson().map(ContactPerson::name).orElse(null),
          user.isActive(),
          user.version());
    }
  }

  public List<Account> ofRegion() {
    return users.ofRegion(adminRegion().id()).stream().map(Account::of).toList();
  }

  /**
   * A new account in the administrator's region, working for an organisation of the region's
   * network. A partner user acts as one of the organisation's contact persons (required for the
   * partner role; the organisation is then the person's). It has no password: the person signs in
   * through single sign-on, or sets one through a one-time link ({@link PasswordLinks}).
   */
  public long create(
      String username,
      String displayName,
      String email,
      Set<Role> roles,
      Long organisationId,
      Long contactPersonId) {
    Region region = adminRegion();
    requireFreeUsername(username);
    ContactPerson contact =
        contactPersonId == null ? null : contactOfRegion(contactPersonId, region);
    if (roles != null && roles.contains(Role.PARTNER) && contact == null) {
      throw new Refusal("staff.partnerContact", "a partner user acts as a contact person");
    }
    Organisation organisation =
        contact != null
            ? contact.organisation()
            : organisations
                .find(organisationId == null ? -1 : organisationId)
                .filter(o -> serves(o, region))
                .orElseThrow(
                    () ->
                        new Refusal(
                            "staff.organisation",
                            "the organisation is not in this region's network"));
    StaffUser user = new StaffUser(username, displayName, roles);
    user.setEmail(email);
    user.placeIn(region, organisation);
    if (contact != null) {
      user.actAs(contact);
    }
    users.store(user);
    audited(AuditAction.CREATE, user, "staff account created with roles " + roles);
    return user.id();
  }

  /**
   * The first administrator of a region that has no active administrator (a region just created on
   * the regions page has none): any administrator may name them, so that the new region's own staff
   * can then be given accounts by someone of that region. The account belongs to no organisation;
   * its one-time set-password link is mailed at once, and if it cannot be mailed nothing is kept.
   */
  public long createFirstAdministrator(
      long regionId, String username, String displayName, String email) {
    adminRegion();
    Region region = regions.find(regionId).orElseThrow(NotFound::new);
    if (hasActiveAdministrator(region)) {
      throw new Refusal(
          "staff.regionHasAdministrator",
          "the region has an administrator already: they create its accounts",
          region.code());
    }
    requireFreeUsername(username);
    if (email == null || email.isBlank()) {
      throw new Refusal("staff.noEmail", "the account has no e-mail address");
    }
    StaffUser user = new StaffUser(username, displayName, Set.of(Role.ADMIN));
    user.setEmail(email.strip());
    user.placeIn(region, null);
    users.store(user);
    audited(
        AuditAction.CREATE,
        user,
        "staff account created as the first administrator of region " + region.code());
    passwordLinks.mailTo(user);
    return user.id();
  }

  /** The ids of the regions that have no active administrator (for the regions page's forms). */
  public Set<Long> regionsWithoutAdministrator() {
    adminRegion();
    return regions.findAll().stream()
        .filter(r -> !hasActiveAdministrator(r))
        .map(Region::id)
        .collect(Collectors.toSet());
  }

  public void changeRoles(long id, long version, Set<Role> roles) {
    StaffUser user = accountOfRegion(id, version);
    if (isCaller(user) && !roles.contains(Role.ADMIN)) {
      throw new Refusal("staff.ownAdminRole", "an administrator cannot take their own admin role");
    }
    if (roles != null && roles.contains(Role.PARTNER) && user.contactPerson().isEmpty()) {
      throw new Refusal("staff.partnerContact", "a partner user acts as a contact person");
    }
    user.changeRoles(roles);
    audited(AuditAction.UPDATE, user, "roles changed to " + roles);
  }

  public void deactivate(long id, long version) {
    StaffUser user = accountOfRegion(id, version);
    if (isCaller(user)) {
      throw new Refusal("staff.deactivateSelf", "an administrator cannot deactivate themselves");
    }
    user.deactivate();
    audited(AuditAction.UPDATE, user, "staff account deactivated");
  }

  public void reactivate(long id, long version) {
    StaffUser user = accountOfRegion(id, version);
    user.reactivate();
    audited(AuditAction.UPDATE, user, "staff account reactivated");
  }

  /** One account of the administrator's region, as the list shows it; else not found. */
  public Account account(long id) {
    return Account.of(accountOfRegion(id));
  }

  private StaffUser accountOfRegion(long id) {
    Region region = adminRegion();
    return users
        .find(id)
        .filter(u -> u.region().map(r -> r.id().equals(region.id())).orElse(false))
        .orElseThrow(NotFound::new);
  }

  /** An account of the administrator's region, as read at {@code version}; else not found. */
  private StaffUser accountOfRegion(long id, long version) {
    StaffUser user = accountOfRegion(id);
    if (user.version() != version) {
      throw new ConcurrentEdit();
    }
    return user;
  }

  /** An active contact person of an organisation serving the region; else refused. */
  private ContactPerson contactOfRegion(long contactPersonId, Region region) {
    return organisations
        .findContact(contactPersonId)
        .filter(ContactPerson::isActive)
        .filter(c -> serves(c.organisation(), region))
        .orElseThrow(
            () ->
                new Refusal(
                    "staff.contactPerson",
                    "the contact person is not in this region's partner network"));
  }

  private static boolean serves(Organisation organisation, Region region) {
    return organisation.regions().stream().anyMatch(r -> r.id().equals(region.id()));
  }

  private boolean hasActiveAdministrator(Region region) {
    return users.ofRegion(region.id()).stream()
        .anyMatch(u -> u.isActive() && u.roles().contains(Role.ADMIN));
  }

  private void requireFreeUsername(String username) {
    if (users.findByUsername(username).isPresent()) {
      throw new Refusal("staff.usernameTaken", "the user name is taken");
    }
  }

  private boolean isCaller(StaffUser user) {
    return user.id() == admin.administrator().id();
  }

  private Region adminRegion() {
    return admin.region();
  }

  private void audited(AuditAction action, StaffUser user, String purpose) {
    audit.record(AuditRecord.success(action, "StaffUser", user.username(), purpose));
  }
}
