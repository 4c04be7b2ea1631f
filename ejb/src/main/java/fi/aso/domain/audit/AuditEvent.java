package fi.aso.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the append-only audit trail: who did what to which object, when, why and from which
 * client address. The class has no setters and every column is {@code updatable = false}; the
 * database refuses UPDATE, DELETE and TRUNCATE on the table (migration V1), the platform's role may
 * only insert and read it, and each row is sealed into a hash chain as it commits (migration V21;
 * the chain columns are not mapped: only the database writes them, and only the verifier reads
 * them).
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.findByObject",
    query =
        "select e from AuditEvent e where e.objectType = :type and e.objectId = :id"
            + " order by e.occurredAt, e.id")
@NamedQuery(
    name = "AuditEvent.findForClientCase",
    query = "select e from AuditEvent e where e.clientCaseId = :caseId order by e.occurredAt, e.id")
@NamedQuery(name = "AuditEvent.findRecent", query = "select e from AuditEvent e order by e.id desc")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(updatable = false)
  private Long id;

  // OffsetDateTime, not Instant: EclipseLink 4 (Payara 6) would serialise an Instant to bytes
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, updatable = false, length = 60)
  private String objectType;

  @Column(name = "object_id", updatable = false, length = 100)
  private String objectId;

  @Column(name = "client_case_id", updatable = false)
  private Long clientCaseId;

  @Column(nullable = false, updatable = false, length = 500)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private AuditOutcome outcome;

  @Column(name = "request_id", updatable = false, length = 64)
  private String requestId;

  @Column(name = "source_address", updatable = false, length = 64)
  private String sourceAddress;

  protected AuditEvent() {}

  AuditEvent(
      AuditRecord record,
      String actor,
      Instant occurredAt,
      String requestId,
      String sourceAddress) {
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").atOffset(ZoneOffset.UTC);
    this.action = record.action();
    this.objectType = record.objectType();
    this.objectId = record.objectId();
    this.clientCaseId = record.clientCaseId();
    this.purpose = record.purpose();
    this.outcome = record.outcome();
    this.requestId = requestId;
    this.sourceAddress =
        sourceAddress == null || sourceAddress.length() <= 64
            ? sourceAddress
            : sourceAddress.substring(0, 64);
  }

  /**
   * Builds the row for a record; the only way to create one. {@code sourceAddress}: the client's
   * address, null for work no request started.
   */
  public static AuditEvent of(
      AuditRecord record,
      String actor,
      Instant occurredAt,
      String requestId,
      String sourceAddress) {
    return new AuditEvent(record, actor, occurredAt, requestId, sourceAddress);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public String actor() {
    return actor;
  }

  public AuditAction action() {
    return action;
  }

  public String objectType() {
    return objectType;
  }

  public Optional<String> objectId() {
    return Optional.ofNullable(objectId);
  }

  public Optional<Long> clientCaseId() {
    return Optional.ofNullable(clientCaseId);
  }

  public String purpose() {
    return purpose;
  }

  public AuditOutcome outcome() {
    return outcome;
  }

  public Optional<String> sourceAddress() {
    return Optional.ofNullable(sourceAddress);
  }
}
