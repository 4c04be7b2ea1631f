package fi.aso.domain.invitation;

import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.organisation.DeliveryChannel;
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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message in the transactional outbox: written in the same transaction as the change that caused
 * it, delivered later by a Camel route, retried with growing pauses, and finally set aside for an
 * administrator. Its Message-ID and idempotency key are fixed when it is written, so a retry is
 * recognisably the same message. It records what it discloses (the recipient organisation, and per
 * client the consent categories), so that the consent is asked again when it is sent; one that may
 * no longer go is {@link DeliveryStatus#SUPERSEDED}, never sent.
 */
@Entity
@Table(name = "outbound_message")
@NamedQuery(
    name = "OutboundMessage.ofStatus",
    query =
        "select m from OutboundMessage m where m.status = :status"
            + " and (m.regionId = :region or m.regionId is null) order by m.id desc")
@NamedQuery(
    name = "OutboundMessage.ofInvitation",
    query = "select m from OutboundMessage m where m.invitation.id = :invitation order by m.id")
public class OutboundMessage {

  /** After this many failed attempts a message is dead: an administrator decides. */
  public static final int MAX_ATTEMPTS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key", nullable = false, unique = true, length = 200)
  private String idempotencyKey;

  @Column(name = "message_id", nullable = false, unique = true, length = 300)
  private String messageId;

  @ManyToOne
  @JoinColumn(name = "invitation_id")
  private Invitation invitation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MessageKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryChannel channel;

  @Column(nullable = false, length = 1000)
  private String recipient;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "body_text", nullable = false, columnDefinition = "text")
  private String bodyText;

  @Column(columnDefinition = "text")
  private String calendar;

  @Column(columnDefinition = "text")
  private String payload;

  /** A PDF copy (minutes), only where the organisation's channel allows attachments. */
  @Column(name = "attachment")
  private byte[] attachment;

  @Column(name = "attachment_name", length = 200)
  private String attachmentName;

  /** The partner organisation it goes to; null for staff and mails that name no client. */
  @Column(name = "organisation_id")
  private Long organisationId;

  /** The region the message is about (its meeting or client): its administrators handle it. */
  @Column(name = "region_id")
  private Long regionId;

  /** Per client, what it carries; empty for a message that names no client. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "outbound_disclosure",
      joinColumns = @JoinColumn(name = "outbound_message_id"))
  private List<CarriedData> carries = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "superseded_reason", length = 30)
  private SupersededReason supersededReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private DeliveryStatus status = DeliveryStatus.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected OutboundMessage() {}

  public OutboundMessage(
      Invitation invitation,
      MessageKind kind,
      DeliveryChannel channel,
      String recipient,
      String subject,
      String bodyText,
      String calendar,
      String payload,
      String idempotencyKey,
      String messageDomain,
      Instant now) {
    this.invitation = invitation;
    this.regionId = invitation == null ? null : invitation.regionId();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
    this.calendar = calendar;
    this.payload = payload;
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    this.messageId = "<" + UUID.randomUUID() + "@" + messageDomain + ">";
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.nextAttemptAt = createdAt;
  }

  public void attach(String name, byte[] content) {
    this.attachmentName = Objects.requireNonNull(name, "name");
    this.attachment = Objects.requireNonNull(content, "content").clone();
  }

  public Optional<byte[]> attachment() {
    return Optional.ofNullable(attachment).map(byte[]::clone);
  }

  public Optional<String> attachmentName() {
    return Optional.ofNullable(attachmentName);
  }

  /**
   * Records that the message carries these categories of the client's information to the
   * organisation (null: a staff member, whom consent does not govern).
   */
  public OutboundMessage carrying(
      long caseId, Long organisationId, Collection<InformationCategory> categories) {
    if (this.organisationId != null && !this.organisationId.equals(organisationId)) {
      throw new IllegalArgumentException("a message goes to one organisation");
    }
    this.organisationId = organisationId;
    carries.removeIf(c -> c.caseId() == caseId);
    carries.add(new CarriedData(caseId, categories));
    return this;
  }

  /** The message is about region {@code regionId}'s meeting or client. */
  public OutboundMessage inRegion(long regionId) {
    this.regionId = regionId;
    return this;
  }

  public Optional<Long> regionId() {
    return Optional.ofNullable(regionId);
  }

  public Optional<Long> organisationId() {
    return Optional.ofNullable(organisationId);
  }

  public List<CarriedData> carries() {
    return List.copyOf(carries);
  }

  /** Not to be sent, ever: the reason is kept for the administrator. */
  /**
   * What a message not yet sent says, written again (e.g. a CANCEL brought back to what its
   * recipient was actually sent); it stays the same message, under the same Message-ID and key.
   */
  public void rewrite(String subject, String bodyText, String calendar, String payload) {
    if (status == DeliveryStatus.SENT) {
      throw new IllegalStateException("a sent message cannot be changed");
    }
    this.subject = Objects.requireNonNull(subject, "subject");
    this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
    this.calendar = calendar;
    this.payload = payload;
  }

  public void supersede(SupersededReason reason) {
    if (status == DeliveryStatus.SENT) {
      throw new IllegalStateException("a sent message cannot be taken back");
    }
    this.status = DeliveryStatus.SUPERSEDED;
    this.supersededReason = Objects.requireNonNull(reason, "reason");
  }

  public Optional<SupersededReason> supersededReason() {
    return Optional.ofNullable(supersededReason);
  }

  /** Handed over to the relay or the partner system. */
  public void delivered(Instant at) {
    this.status = DeliveryStatus.SENT;
    this.sentAt = at.atOffset(ZoneOffset.UTC);
    this.lastError = null;
  }

  /**
   * A failed attempt: try again after a pause that doubles each time (1 min, 2, 4, ... up to 2 h),
   * or give up after {@link #MAX_ATTEMPTS}.
   */
  public void failed(String error, Instant at) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      status = DeliveryStatus.DEAD;
      return;
    }
    long minutes = Math.min(120, 1L << (attempts - 1));
    nextAttemptAt = at.plus(Duration.ofMinutes(minutes)).atOffset(ZoneOffset.UTC);
  }

  /** An administrator sends a dead (or waiting) message again now. */
  public void retryNow(Instant at) {
    if (status == DeliveryStatus.SENT) {
      throw new Refusal("deliveries.delivered", "the message was delivered already");
    }
    if (status == DeliveryStatus.SUPERSEDED) {
      throw new Refusal(
          "deliveries.superseded", "the message was not to be sent: " + supersededReason.words());
    }
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String messageId() {
    return messageId;
  }

  public Optional<Invitation> invitation() {
    return Optional.ofNullable(invitation);
  }

  public MessageKind kind() {
    return kind;
  }

  public DeliveryChannel channel() {
    return channel;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String bodyText() {
    return bodyText;
  }

  public Optional<String> calendar() {
    return Optional.ofNullable(calendar);
  }

  public Optional<String> payload() {
    return Optional.ofNullable(payload);
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt.toInstant();
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt).map(OffsetDateTime::toInstant);
  }
}
