package fi.aso.domain.servicemap;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service of a region's catalogue (palvelu): what one organisation of the region's network offers
 * and how the group steers a client to it. Retired rather than deleted, since referrals will point
 * at it.
 */
@Entity
@Table(name = "service")
@NamedQuery(
    name = "Service.ofRegion",
    query =
        "select s from Service s where s.region.id = :region and s.retiredAt is null"
            + " order by s.nameFi, s.id")
public class Service {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The region whose catalogue this is an entry of. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  /** The organisation that offers it (palveluntuottaja). */
  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation provider;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ServiceKind kind;

  @Column(name = "name_fi", nullable = false, length = 200)
  private String nameFi;

  @Column(name = "name_sv", length = 200)
  private String nameSv;

  @Column(name = "name_en", length = 200)
  private String nameEn;

  @Column(name = "target_group", length = 1000)
  private String targetGroup;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "service_referral_way", joinColumns = @JoinColumn(name = "service_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "way", length = 30)
  private Set<ReferralWay> referralWays = new HashSet<>();

  @Column(name = "opening_hours", length = 500)
  private String openingHours;

  @Column(length = 50)
  private String phone;

  @Column(length = 200)
  private String email;

  @Column(length = 300)
  private String address;

  @Column(name = "web_address", length = 500)
  private String webAddress;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "service_information_need",
      joinColumns = @JoinColumn(name = "service_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 40)
  private Set<InformationCategory> informationNeeds = new HashSet<>();

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Version private long version;

  protected Service() {}

  /**
   * A new entry of the region's catalogue. The provider must serve the region: a service of an
   * organisation the group does not work with could not be steered to.
   */
  public Service(Region region, Organisation provider, ServiceDescription description) {
    this.region = Objects.requireNonNull(region, "region");
    offeredBy(provider);
    describe(description);
  }

  /** Everything the editors say at once, checked as a whole before anything changes. */
  public void describe(ServiceDescription description) {
    ServiceDescription d = Objects.requireNonNull(description, "description").checked();
    kind = d.kind();
    nameFi = d.nameFi();
    nameSv = d.nameSv();
    nameEn = d.nameEn();
    targetGroup = d.targetGroup();
    openingHours = d.openingHours();
    phone = d.phone();
    email = d.email();
    address = d.address();
    webAddress = d.webAddress();
    // changed only when they differ, so that saving the same form changes nothing
    if (!referralWays.equals(d.referralWays())) {
      referralWays.clear();
      referralWays.addAll(d.referralWays());
    }
    if (!informationNeeds.equals(d.informationNeeds())) {
      informationNeeds.clear();
      informationNeeds.addAll(d.informationNeeds());
    }
  }

  /** Another organisation of the region's network takes the service over. */
  public void offeredBy(Organisation provider) {
    Objects.requireNonNull(provider, "provider");
    if (!provider.serves(region.id())) {
      throw new Refusal(
          "services.provider", "the provider is not an organisation of the region's network");
    }
    this.provider = provider;
  }

  /** The service is no longer offered: it leaves the catalogue (referrals to it keep it). */
  public void retire(Instant at) {
    if (retiredAt == null) {
      retiredAt = Objects.requireNonNull(at, "at");
    }
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Optional<Instant> retiredAt() {
    return Optional.ofNullable(retiredAt);
  }

  public ServiceDescription description() {
    return new ServiceDescription(
        kind,
        nameFi,
        nameSv,
        nameEn,
        targetGroup,
        ordered(referralWays, ReferralWay.class),
        openingHours,
        phone,
        email,
        address,
        webAddress,
        ordered(informationNeeds, InformationCategory.class));
  }

  private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(values);
    return copy;
  }

  public Long id() {
    return id;
  }

  public Region region() {
    return region;
  }

  public Organisation provider() {
    return provider;
  }

  public ServiceKind kind() {
    return kind;
  }

  public String nameFi() {
    return nameFi;
  }

  public long version() {
    return version;
  }
}
