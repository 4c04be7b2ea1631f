package fi.aso.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A record of one copy of the minutes: who received which version, which clients and categories,
 * when.
 */
@Entity
@Table(name = "minutes_copy")
@NamedQuery(
    name = "MinutesCopy.ofMinutes",
    query = "select c from MinutesCopy c where c.minutes.id = :minutes order by c.id")
public class MinutesCopy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "minutes_id")
  private Minutes minutes;

  @Column(nullable = false, length = 320)
  private String recipient;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "contact_person_id")
  private Long contactPersonId;

  @Column(name = "case_ids", nullable = false, columnDefinition = "text")
  private String caseIds;

  @Column(length = 300)
  private String categories;

  @Column(name = "outbound_message_id")
  private Long outboundMessageId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected MinutesCopy() {}

  public MinutesCopy(
      Minutes minutes,
      String recipient,
      Long organisationId,
      Long contactPersonId,
      String caseIds,
      String categories,
      Long outboundMessageId,
      Instant at) {
    this.minutes = Objects.requireNonNull(minutes, "minutes");
    this.recipient = recipient;
    this.organisationId = organisationId;
    this.contactPersonId = contactPersonId;
    this.caseIds = caseIds;
    this.categories = categories;
    this.outboundMessageId = outboundMessageId;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  /** The outbox message that carries (or links to) this copy. */
  public void sentAs(long messageId) {
    this.outboundMessageId = messageId;
  }

  public Long id() {
    return id;
  }

  public Minutes minutes() {
    return minutes;
  }

  public String recipient() {
    return recipient;
  }

  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisationId);
  }

  public String caseIds() {
    return caseIds;
  }

  public Optional<String> categories() {
    return Optional.ofNullable(categories);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }
}
