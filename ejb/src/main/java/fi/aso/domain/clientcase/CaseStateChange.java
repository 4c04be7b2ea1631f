package fi.aso.domain.clientcase;

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
import java.time.OffsetDateTime;

/** One step in a case's history: from which state to which, when, by whom and why. */
@Entity
@Table(name = "case_state_change")
public class CaseStateChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 30)
  private CaseState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 30)
  private CaseState to;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  @Column(length = 500)
  private String reason;

  protected CaseStateChange() {}

  CaseStateChange(
      ClientCase clientCase,
      CaseState from,
      CaseState to,
      String by,
      String reason,
      OffsetDateTime at) {
    this.clientCase = clientCase;
    this.from = from;
    this.to = to;
    this.changedBy = by;
    this.reason = reason == null ? null : reason.strip();
    this.changedAt = at;
  }

  public CaseState from() {
    return from;
  }

  public CaseState to() {
    return to;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public String reason() {
    return reason;
  }
}
