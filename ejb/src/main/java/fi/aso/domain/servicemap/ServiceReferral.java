package fi.aso.domain.servicemap;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meetingday.ActionItem;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client steered to a service ("ohjaus palveluun"): made in the meeting from a need, as an action
 * for the service's provider, carrying only the categories the consent allowed that provider when
 * it was made. The provider's contact person moves it along its path ({@link ReferralState}); a
 * decline says why.
 */
@Entity
@Table(name = "service_referral")
@NamedQuery(
    name = "ServiceReferral.ofCase",
    query = "select r from ServiceReferral r where r.clientCase.id = :caseId order by r.id")
@NamedQuery(
    name = "ServiceReferral.ofSlot",
    query = "select r from ServiceReferral r where r.slot.id = :slot order by r.id")
@NamedQuery(
    name = "ServiceReferral.ofOrganisation",
    query =
        "select r from ServiceReferral r where r.service.provider.id = :organisation order by r.id")
@NamedQuery(
    name = "ServiceReferral.ofRegion",
    query = "select r from ServiceReferral r where r.clientCase.region.id = :region order by r.id")
@NamedQuery(
    name = "ServiceReferral.awaitingAnswerDueBy",
    query =
        "select r from ServiceReferral r where r.state = fi.aso.domain.servicemap.ReferralState.REFERRED"
            + " and r.action.dueDate <= :day order by r.id")
public class ServiceReferral {

  public static final int MAX_REASON = 5_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private ClientCase clientCase;

  @ManyToOne
  @JoinColumn(name = "slot_id")
  private ClientSlot slot;

  @ManyToOne(optional = false)
  @JoinColumn(name = "service_id")
  private Service service;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ServiceKind kind;

  @OneToOne(optional = false)
  @JoinColumn(name = "action_id")
  private ActionItem action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ReferralState state = ReferralState.REFERRED;

  @Column(columnDefinition = "text")
  private String reason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "service_referral_category",
      joinColumns = @JoinColumn(name = "referral_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 40)
  private Set<InformationCategory> carries = EnumSet.noneOf(InformationCategory.class);

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", length = 100)
  private String updatedBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected ServiceReferral() {}

  /**
   * A referral of the slot's client to the service for the need, through the action made for its
   * provider, carrying what the consent allows (identity at least: else nobody may be referred).
   */
  public ServiceReferral(
      ClientSlot slot,
      Service service,
      ServiceKind need,
      ActionItem action,
      Set<InformationCategory> carries,
      String actor,
      Instant at) {
    this.slot = Objects.requireNonNull(slot, "slot");
    this.clientCase = slot.clientCase();
    this.service = Objects.requireNonNull(service, "service");
    this.kind = Objects.requireNonNull(need, "need");
    this.action = Objects.requireNonNull(action, "action");
    if (!carries.contains(InformationCategory.IDENTITY_AND_RELEASE)) {
      throw new IllegalArgumentException("a referral carries the client's identity at least");
    }
    this.carries.addAll(carries);
    this.createdBy = actor;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
  }

  /** A step on the path; declining needs a reason, and only legal steps are taken. */
  public void moveTo(ReferralState next, String why, String actor, Instant at) {
    Objects.requireNonNull(next, "next");
    if (!state.canMoveTo(next)) {
      throw new Refusal("referral.transition", "a referral " + state + " cannot become " + next);
    }
    String text = why == null || why.isBlank() ? null : why.strip();
    if (next == ReferralState.DECLINED && text == null) {
      throw new Refusal("referral.reason", "say why the referral is declined");
    }
    if (text != null && text.length() > MAX_REASON) {
      throw new Refusal(
          "text.tooLong", "a reason is at most " + MAX_REASON + " characters", MAX_REASON);
    }
    this.state = next;
    this.reason = text == null ? reason : text;
    this.updatedBy = actor;
    this.updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public ClientCase clientCase() {
    return clientCase;
  }

  public Optional<ClientSlot> slot() {
    return Optional.ofNullable(slot);
  }

  public Service service() {
    return service;
  }

  public ServiceKind kind() {
    return kind;
  }

  public ActionItem action() {
    return action;
  }

  public ReferralState state() {
    return state;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Set<InformationCategory> carries() {
    return Collections.unmodifiableSet(EnumSet.copyOf(carries));
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt).map(OffsetDateTime::toInstant);
  }

  public long version() {
    return version;
  }
}
