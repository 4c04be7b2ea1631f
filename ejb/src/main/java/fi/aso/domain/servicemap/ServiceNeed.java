package fi.aso.domain.servicemap;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.meeting.ClientSlot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A need the group recorded in the joint assessment of a client's slot, as a kind of service
 * ("palvelutarve"): what the platform proposes the region's services for, and what the holes view
 * counts. Kept apart from the slot's record, so that recording a need never collides with the
 * chair's autosaved notes.
 */
@Entity
@Table(name = "service_need")
@NamedQuery(
    name = "ServiceNeed.ofSlot",
    query = "select n from ServiceNeed n where n.slot.id = :slot order by n.id")
@NamedQuery(
    name = "ServiceNeed.ofRegion",
    query = "select n from ServiceNeed n where n.clientCase.region.id = :region")
public class ServiceNeed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "slot_id")
  private ClientSlot slot;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ServiceKind kind;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected ServiceNeed() {}

  public ServiceNeed(ClientSlot slot, ServiceKind kind, String actor, Instant at) {
    this.slot = Objects.requireNonNull(slot, "slot");
    this.clientCase = slot.clientCase();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.recordedBy = actor;
    this.recordedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public ClientSlot slot() {
    return slot;
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public ServiceKind kind() {
    return kind;
  }
}
