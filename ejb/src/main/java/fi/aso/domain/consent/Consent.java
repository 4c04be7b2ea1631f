package fi.aso.domain.consent;

import fi.aso.domain.Refusal;
import fi.aso.domain.Texts;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a client's permission to disclose (suostumus): which organisations may be invited
 * and receive information, which categories each may receive, until when, how it was given and who
 * recorded it. Versions are never edited; a new one supersedes the old, and withdrawal ends one
 * (wholly, or for one organisation).
 */
@Entity
@Table(name = "consent")
@NamedQuery(
    name = "Consent.ofCase",
    query = "select c from Consent c where c.clientCase.id = :caseId order by c.versionNo")
@NamedQuery(
    name = "Consent.ofCases",
    query = "select c from Consent c where c.clientCase.id in :caseIds order by c.versionNo")
@NamedQuery(
    name = "Consent.periodsOfCases",
    query =
        "select c.clientCase.id, c.givenAt, c.supersededAt, c.withdrawnAt, c.validUntil"
            + " from Consent c where c.clientCase.id in :caseIds order by c.versionNo")
@NamedQuery(
    name = "Consent.withdrawnInRegionSince",
    query =
        "select c from Consent c where c.clientCase.region.id = :region and c.withdrawnAt >= :since"
            + " order by c.withdrawnAt desc")
public class Consent {

  /** Consent dates are Finnish dates: "valid until 31.5." means the whole of that day here. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ConsentMethod method;

  /** The exact wording the client saw or signed, by version. */
  @Column(name = "text_version", nullable = false, length = 40)
  private String textVersion;

  @Column(name = "given_at", nullable = false)
  private OffsetDateTime givenAt;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "superseded_at")
  private OffsetDateTime supersededAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  /** The name the client typed to confirm an electronic consent. */
  @Column(name = "confirmed_name", length = 200)
  private String confirmedName;

  @OneToMany(
      mappedBy = "consent",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ConsentRecipient> recipients = new ArrayList<>();

  protected Consent() {}

  Consent(
      ClientCase clientCase,
      int versionNo,
      ConsentMethod method,
      String textVersion,
      Instant givenAt,
      LocalDate validUntil,
      String recordedBy,
      Map<Organisation, Set<InformationCategory>> grants) {
    this.clientCase = Objects.requireNonNull(clientCase, "clientCase");
    this.versionNo = versionNo;
    this.method = Objects.requireNonNull(method, "method");
    if (textVersion == null || textVersion.isBlank()) {
      throw new Refusal("consent.textVersion", "the consent text version is required");
    }
    this.textVersion = Texts.atMost(textVersion, 40, "the consent text version");
    this.givenAt = Objects.requireNonNull(givenAt, "givenAt").atOffset(ZoneOffset.UTC);
    this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
    if (validUntil.isBefore(givenAt.atZone(ZONE).toLocalDate())) {
      throw new Refusal("consent.endsBeforeGiven", "a consent cannot end before it was given");
    }
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    grants.forEach(
        (organisation, categories) -> {
          if (!categories.isEmpty()) {
            recipients.add(new ConsentRecipient(this, organisation, categories));
          }
        });
  }

  /** Whether this version lets {@code organisationId} receive {@code category} at {@code at}. */
  public boolean allows(long organisationId, InformationCategory category, Instant at) {
    return inForceAt(at)
        && recipient(organisationId).filter(r -> r.allows(category, at)).isPresent();
  }

  /** Given by then, not yet superseded, withdrawn or expired. */
  public boolean inForceAt(Instant at) {
    return period().inForceAt(at);
  }

  /** When this version is in force (the rule of {@link #inForceAt}). */
  public ConsentPeriod period() {
    return new ConsentPeriod(
        givenAt(), supersededAt().orElse(null), withdrawnAt().orElse(null), validUntil);
  }

  void supersede(Instant at) {
    if (supersededAt == null) {
      supersededAt = at.atOffset(ZoneOffset.UTC);
    }
  }

  /** The client withdrew the whole consent. */
  public void withdraw(String actor, Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = at.atOffset(ZoneOffset.UTC);
      withdrawnBy = Objects.requireNonNull(actor, "actor");
    }
  }

  /** The client withdrew the consent for one organisation; true if it named that organisation. */
  public boolean withdrawFor(long organisationId, String actor, Instant at) {
    Optional<ConsentRecipient> recipient = recipient(organisationId);
    recipient.ifPresent(r -> r.withdraw(actor, at));
    return recipient.isPresent();
  }

  public Optional<ConsentRecipient> recipient(long organisationId) {
    return recipients.stream().filter(r -> r.organisationId() == organisationId).findFirst();
  }

  /** Records the name the client typed to confirm (electronic consent). */
  public void confirmedBy(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new Refusal("consent.confirmName", "confirm the consent with your name");
    }
    this.confirmedName = name.strip();
  }

  public Optional<String> confirmedName() {
    return Optional.ofNullable(confirmedName);
  }

  public Long id() {
    return id;
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public int versionNo() {
    return versionNo;
  }

  public ConsentMethod method() {
    return method;
  }

  public String textVersion() {
    return textVersion;
  }

  public Instant givenAt() {
    return givenAt.toInstant();
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Instant> supersededAt() {
    return Optional.ofNullable(supersededAt).map(OffsetDateTime::toInstant);
  }

  public List<ConsentRecipient> recipients() {
    return Collections.unmodifiableList(recipients);
  }
}
