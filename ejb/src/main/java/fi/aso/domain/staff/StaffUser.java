package fi.aso.domain.staff;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.region.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in: a chair, case worker, partner representative or administrator. Clients are
 * not staff users; they reach the platform through one-time links.
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(
    name = "StaffUser.findByUsername",
    query = "select u from StaffUser u where u.username = :username")
@NamedQuery(
    name = "StaffUser.ofRegion",
    query = "select u from StaffUser u where u.region.id = :region order by u.displayName")
public class StaffUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 320)
  private String email;

  @Column(name = "password_hash", length = 400)
  private String passwordHash;

  @Column(name = "preferred_locale", nullable = false, length = 8)
  private String preferredLocale = "fi";

  @ManyToOne
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToOne
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  /** For a partner user: the contact person of their organisation they act as. */
  @ManyToOne
  @JoinColumn(name = "contact_person_id")
  private ContactPerson contactPerson;

  @Column(nullable = false)
  private boolean active = true;

  /** When they last opened their home page in an earlier session (what is new is after this). */
  @Column(name = "home_seen_at")
  private OffsetDateTime homeSeenAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected StaffUser() {}

  public StaffUser(String username, String displayName, Set<Role> roles) {
    if (username == null || !username.matches("[a-z0-9._@-]{3,100}")) {
      throw new Refusal(
          "staff.username",
          "username must be 3-100 characters of a-z, 0-9, dot, underscore, @ or hyphen");
    }
    if (displayName == null || displayName.isBlank()) {
      throw new Refusal("staff.displayName", "displayName must not be blank");
    }
    if (roles == null || roles.isEmpty()) {
      throw new Refusal("staff.noRoles", "a staff user needs at least one role");
    }
    this.username = username;
    this.displayName = Texts.atMost(displayName, 200, "the display name").strip();
    this.roles = EnumSet.copyOf(roles);
  }

  /** Stores an already computed hash; plain passwords never reach the domain. */
  public void setPasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  /** The account's e-mail address (none: null or blank), where its set-password links go. */
  public void setEmail(String email) {
    String address = email == null || email.isBlank() ? null : email.strip();
    if (address != null
        && (address.length() > 320
            || !address.matches("[^\\s\\p{Cntrl}@<>,;\"]+@[^\\s\\p{Cntrl}@<>,;\"]+"))) {
      throw new Refusal("staff.email", "the e-mail address is not one valid address");
    }
    this.email = address;
  }

  public void placeIn(Region region, Organisation organisation) {
    this.region = region;
    this.organisation = organisation;
  }

  /**
   * A partner user acts as this contact person of their organisation (and works for that
   * organisation): invitations and minutes come to the person, and the user sees what the person
   * was sent.
   */
  public void actAs(ContactPerson contact) {
    this.contactPerson = Objects.requireNonNull(contact, "contact");
    this.organisation = contact.organisation();
  }

  public Optional<ContactPerson> contactPerson() {
    return Optional.ofNullable(contactPerson);
  }

  public void preferLocale(String locale) {
    if (!Set.of("fi", "sv", "en").contains(locale)) {
      throw new Refusal("staff.locale", "locale must be fi, sv or en");
    }
    this.preferredLocale = locale;
  }

  /** Opens the home page for a new session: returns when they last did, and remembers now. */
  public java.util.Optional<java.time.Instant> seeHome(java.time.Instant now) {
    var before = java.util.Optional.ofNullable(homeSeenAt).map(java.time.OffsetDateTime::toInstant);
    homeSeenAt = now.atOffset(java.time.ZoneOffset.UTC);
    return before;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public String preferredLocale() {
    return preferredLocale;
  }

  public Optional<Region> region() {
    return Optional.ofNullable(region);
  }

  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  public boolean isActive() {
    return active;
  }

  /** The roles from now on; the next request of a signed-in user already has them. */
  public void changeRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new Refusal("staff.noRoles", "a staff user needs at least one role");
    }
    roles = EnumSet.copyOf(newRoles);
  }

  /** No more sign-ins; a token or session they hold is refused at their next request. */
  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }

  public long version() {
    return version;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }
}
