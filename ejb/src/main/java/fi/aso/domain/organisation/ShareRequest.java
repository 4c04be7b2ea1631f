package fi.aso.domain.organisation;

import fi.aso.domain.Refusal;
import fi.aso.domain.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A region asks to work with another region's organisation (a prison that releases to several
 * regions). The organisation's home region decides: until an administrator there accepts, the
 * asking region cannot name the organisation in consents or invite its people.
 */
@Entity
@Table(name = "organisation_share_request")
public class ShareRequest {

  public enum Status {
    PENDING,
    ACCEPTED,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ManyToOne(optional = false)
  @JoinColumn(name = "region_id")
  private Region region;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status = Status.PENDING;

  @Column(name = "requested_by", nullable = false, length = 100)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version private long version;

  protected ShareRequest() {}

  public ShareRequest(Organisation organisation, Region region, String by, Instant now) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.region = Objects.requireNonNull(region, "region");
    this.requestedBy = Objects.requireNonNull(by, "by");
    this.requestedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** The home region agrees: the organisation serves the asking region from now on. */
  public void accept(String by, Instant now) {
    decide(Status.ACCEPTED, by, now);
    organisation.serveAlso(region);
  }

  public void refuse(String by, Instant now) {
    decide(Status.REFUSED, by, now);
  }

  private void decide(Status decision, String by, Instant now) {
    if (status != Status.PENDING) {
      throw new Refusal("network.shareDecided", "the request has been decided already");
    }
    this.status = decision;
    this.decidedBy = Objects.requireNonNull(by, "by");
    this.decidedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Region region() {
    return region;
  }

  public Status status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt.toInstant();
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }
}
