package fi.aso.domain.organisation;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A partner agency (kumppaniorganisaatio). Shared between the regions it serves. */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "org_type", nullable = false, length = 40)
  private OrganisationType type;

  /** The region that keeps the organisation's details: only its administrators change them. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "home_region_id")
  private Region homeRegion;

  @ManyToMany
  @JoinTable(
      name = "region_organisation",
      joinColumns = @JoinColumn(name = "organisation_id"),
      inverseJoinColumns = @JoinColumn(name = "region_id"))
  private Set<Region> regions = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_channel", nullable = false, length = 20)
  private DeliveryChannel preferredChannel = DeliveryChannel.EMAIL;

  /** A prison's video room: booked for slots where the client joins from there. */
  @Column(name = "video_room", nullable = false)
  private boolean videoRoom;

  /** The room's own fixed video link, if it has one (otherwise it joins the meeting's link). */
  @Column(name = "video_room_url", length = 1000)
  private String videoRoomUrl;

  /** The organisation's own system, for the WEBHOOK channel: signed JSON is posted here. */
  @Column(name = "webhook_url", length = 1000)
  private String webhookUrl;

  /** The webhook's HMAC key, sealed with the platform's data key. */
  @Column(name = "webhook_secret")
  private byte[] webhookSecret;

  @Version private long version;

  protected Organisation() {}

  public Organisation(String name, OrganisationType type, Region firstRegion) {
    describe(name, type);
    this.homeRegion = Objects.requireNonNull(firstRegion, "firstRegion");
    this.regions.add(firstRegion);
  }

  public Region homeRegion() {
    return homeRegion;
  }

  /** Whether region {@code regionId} keeps this organisation's details. */
  public boolean isHomeOf(long regionId) {
    return homeRegion.id() == regionId;
  }

  /** Whether the organisation works with region {@code regionId}'s group. */
  public boolean serves(long regionId) {
    return regions.stream().anyMatch(r -> r.id() == regionId);
  }

  /** A new name or type (organisations merge and rename; shared ones change for every region). */
  public void describe(String name, OrganisationType type) {
    checkDescription(name, type);
    this.name = name.strip();
    this.type = type;
  }

  /**
   * Everything the organisation form holds but the webhook at once: name and type, delivery channel
   * (null: as it is) and video room (null: as it is, else whether there is one and its fixed link).
   * Every rule is checked before anything changes, so a refused form leaves the organisation
   * exactly as it was.
   */
  public void revise(
      String name,
      OrganisationType type,
      DeliveryChannel channel,
      Boolean videoRoom,
      String videoRoomUrl) {
    checkDescription(name, type);
    if (videoRoom != null) {
      checkVideoRoomUrl(videoRoomUrl);
    }
    describe(name, type);
    if (channel != null) {
      preferChannel(channel);
    }
    if (videoRoom != null) {
      provideVideoRoom(videoRoom, videoRoomUrl);
    }
  }

  private static void checkDescription(String name, OrganisationType type) {
    if (name == null || name.isBlank()) {
      throw new Refusal("network.organisationName", "name must not be blank");
    }
    Texts.atMost(name, 200, "the organisation's name");
    Objects.requireNonNull(type, "type");
  }

  public void serveAlso(Region region) {
    regions.add(Objects.requireNonNull(region, "region"));
  }

  /**
   * The organisation no longer works with this region's group: it is no longer offered for new
   * consents or invitations there. Consents already given stay as the client gave them.
   */
  public void leave(Region region) {
    if (isHomeOf(region.id())) {
      throw new Refusal(
          "network.homeCannotLeave", "an organisation cannot leave the region that keeps it");
    }
    regions.removeIf(r -> r.id().equals(region.id()));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public OrganisationType type() {
    return type;
  }

  public DeliveryChannel preferredChannel() {
    return preferredChannel;
  }

  public void preferChannel(DeliveryChannel channel) {
    this.preferredChannel = Objects.requireNonNull(channel, "channel");
  }

  /** Says whether the organisation has a bookable video room, and its fixed link if any. */
  public void provideVideoRoom(boolean available, String fixedUrl) {
    checkVideoRoomUrl(fixedUrl);
    this.videoRoom = available;
    this.videoRoomUrl =
        available && fixedUrl != null && !fixedUrl.isBlank() ? fixedUrl.strip() : null;
  }

  private static void checkVideoRoomUrl(String fixedUrl) {
    if (fixedUrl != null
        && !fixedUrl.isBlank()
        && !fixedUrl.strip().matches("(?i)https://[^\\s]+")) {
      throw new Refusal("network.videoLink", "a video room link is an https address");
    }
  }

  public boolean hasVideoRoom() {
    return videoRoom;
  }

  public Optional<String> videoRoomUrl() {
    return Optional.ofNullable(videoRoomUrl);
  }

  /** Posts invitations to this https address, signed with the (sealed) key; null stops it. */
  public void useWebhook(String url, byte[] sealedSecret) {
    String checked = webhookAddress(url).orElse(null);
    if (checked == null) {
      this.webhookUrl = null;
      this.webhookSecret = null;
      return;
    }
    this.webhookUrl = checked;
    this.webhookSecret = Objects.requireNonNull(sealedSecret, "sealedSecret").clone();
  }

  /**
   * A webhook address as it would be kept (stripped), empty for none (null or blank); refused
   * unless http(s). For checking a form before anything is changed.
   */
  public static Optional<String> webhookAddress(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    if (!url.strip().matches("(?i)https?://[^\\s]+") || url.length() > 1000) {
      throw new Refusal("network.webhook", "a webhook is an http(s) address");
    }
    return Optional.of(url.strip());
  }

  public Optional<String> webhookUrl() {
    return Optional.ofNullable(webhookUrl);
  }

  public Optional<byte[]> sealedWebhookSecret() {
    return Optional.ofNullable(webhookSecret).map(byte[]::clone);
  }

  public Set<Region> regions() {
    return Collections.unmodifiableSet(regions);
  }
}
