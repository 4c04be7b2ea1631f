package fi.aso.domain.consent;

import fi.aso.domain.organisation.Organisation;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** One organisation named in a consent, with the categories it may receive. */
@Entity
@Table(name = "consent_recipient")
@NamedQuery(
    name = "ConsentRecipient.withdrawnInRegionSince",
    query =
        "select r from ConsentRecipient r where r.consent.clientCase.region.id = :region"
            + " and r.withdrawnAt >= :since order by r.withdrawnAt desc")
public class ConsentRecipient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "consent_id")
  private Consent consent;

  @ManyToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "consent_recipient_category",
      joinColumns = @JoinColumn(name = "recipient_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 40)
  private Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Column(name = "withdrawn_by", length = 100)
  private String withdrawnBy;

  protected ConsentRecipient() {}

  ConsentRecipient(
      Consent consent, Organisation organisation, Set<InformationCategory> categories) {
    this.consent = consent;
    this.organisation = organisation;
    this.categories = EnumSet.copyOf(categories);
  }

  boolean allows(InformationCategory category, Instant at) {
    return categories.contains(category)
        && (withdrawnAt == null || withdrawnAt.toInstant().isAfter(at));
  }

  void withdraw(String actor, Instant at) {
    if (withdrawnAt == null) {
      withdrawnAt = at.atOffset(ZoneOffset.UTC);
      withdrawnBy = actor;
    }
  }

  public long organisationId() {
    return organisation.id();
  }

  public Consent consent() {
    return consent;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Set<InformationCategory> categories() {
    return Collections.unmodifiableSet(categories);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt).map(OffsetDateTime::toInstant);
  }
}
