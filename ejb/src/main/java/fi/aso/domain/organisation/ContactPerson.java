package fi.aso.domain.organisation;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/** A contact person (yhdyshenkilö) an organisation names for the ASO group, with a deputy. */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 320)
  private String email;

  @Column(length = 40)
  private String phone;

  @ManyToOne
  @JoinColumn(name = "deputy_id")
  private ContactPerson deputy;

  @Column(nullable = false)
  private boolean active = true;

  /** The person's calendar as an iCalendar free/busy or event feed, for the slot finder. */
  @Column(name = "busy_feed_url", length = 1000)
  private String busyFeedUrl;

  /** SHA-256 of the secret token of the person's calendar feed; a new token revokes the old. */
  @Column(name = "feed_token_hash", length = 64, unique = true)
  private String feedTokenHash;

  @Version private long version;

  protected ContactPerson() {}

  public ContactPerson(Organisation organisation, String name, String email, String phone) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    update(name, email, phone);
  }

  /**
   * New name and contact details (e.g. a changed e-mail address); the same rules as at creation.
   */
  public void update(String name, String email, String phone) {
    checkDetails(name, email, phone);
    this.name = name.strip();
    this.email = email.strip();
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
  }

  /**
   * Everything the contact form holds at once: details, deputy (none: null) and calendar feed
   * (none: null or blank). Every rule is checked before anything changes, so a refused form leaves
   * the person exactly as they were.
   */
  public void revise(
      String name, String email, String phone, ContactPerson deputy, String busyFeedUrl) {
    checkDetails(name, email, phone);
    checkDeputy(deputy);
    String feed = checkedBusyFeed(busyFeedUrl);
    update(name, email, phone);
    this.deputy = deputy;
    this.busyFeedUrl = feed;
  }

  private static void checkDetails(String name, String email, String phone) {
    if (name == null || name.isBlank()) {
      throw new Refusal("network.contactName", "a contact person needs a name");
    }
    Texts.atMost(name, 200, "the contact person's name");
    Texts.atMost(email, 320, "the e-mail address");
    Texts.atMost(phone, 40, "the phone number");
    if (email == null || !email.matches("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+")) {
      throw new Refusal("network.contactEmail", "a contact person needs one valid e-mail address");
    }
  }

  public void deputisedBy(ContactPerson deputy) {
    checkDeputy(deputy);
    this.deputy = deputy;
  }

  private void checkDeputy(ContactPerson deputy) {
    if (deputy == this
        || (deputy != null && (deputy.organisation != organisation || !deputy.active))) {
      throw new Refusal(
          "network.deputy", "the deputy must be another person of the same organisation");
    }
  }

  /**
   * The person no longer acts for the organisation: they are not offered as an invitee and nobody
   * has them as deputy any more. Kept (not deleted) because past invitations name them.
   */
  public void deactivate() {
    this.active = false;
    this.deputy = null;
  }

  /** Whoever had this person as deputy has none after the deputy leaves. */
  public void loseDeputy(ContactPerson leaving) {
    if (deputy == leaving) {
      deputy = null;
    }
  }

  /** Uses (or, with null, stops using) the person's calendar feed; only http(s) addresses. */
  public void useBusyFeed(String url) {
    this.busyFeedUrl = checkedBusyFeed(url);
  }

  /** The feed address as kept (stripped), null for none; refused unless http(s). */
  private static String checkedBusyFeed(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.strip();
    if (trimmed.length() > 1000 || !trimmed.matches("(?i)https?://[^\\s]+")) {
      throw new Refusal("network.feedAddress", "a calendar feed is an http or https address");
    }
    return trimmed;
  }

  /**
   * Gives the person a new calendar-feed token (its hash), or none (null): the old link stops
   * working.
   */
  public void useFeedToken(String tokenHash) {
    this.feedTokenHash = tokenHash;
  }

  public Optional<String> busyFeedUrl() {
    return Optional.ofNullable(busyFeedUrl);
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<ContactPerson> deputy() {
    return Optional.ofNullable(deputy);
  }

  public boolean isActive() {
    return active;
  }
}
