package fi.aso.domain.invitation;

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
import java.util.Optional;

/**
 * A mail that came back to the platform's inbox: a calendar reply that was applied, or one that
 * could not be (unknown invitation, older version, no calendar in it, sent from another address
 * than the invited one), kept sealed for a human with the reason in words.
 */
@Entity
@Table(name = "inbound_reply")
@NamedQuery(
    name = "InboundReply.byMessageId",
    query = "select r from InboundReply r where r.messageId = :id")
@NamedQuery(
    name = "InboundReply.unhandled",
    query =
        "select r from InboundReply r where r.outcome <> fi.aso.domain.invitation.InboundReply.Outcome.APPLIED"
            + " and r.handledAt is null order by r.receivedAt")
public class InboundReply {

  /** What became of it. */
  public enum Outcome {
    APPLIED,
    UNMATCHED,
    UNPARSEABLE,
    /** A reply for an invitation that did not come from the invited address (a forwarded copy). */
    WRONG_SENDER,
    /**
     * The invitee proposes another time (METHOD:COUNTER): never applied, the time is the chair's to
     * change; kept so that the chair is told.
     */
    COUNTER,
    /**
     * The invitee handed the invitation to someone else (PARTSTAT=DELEGATED): the delegate is not
     * invited by it (the client's consent and the chair decide who is); kept for the chair.
     */
    DELEGATED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "message_id", length = 300)
  private String messageId;

  @Column(name = "from_address", length = 320)
  private String fromAddress;

  @Column(length = 200)
  private String uid;

  @Column(length = 12)
  private String answer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Outcome outcome;

  /** Why it was kept, in words (null when applied). */
  @Column(length = 200)
  private String reason;

  @Column(name = "sealed_raw")
  private byte[] sealedRaw;

  @Column(name = "handled_at")
  private OffsetDateTime handledAt;

  @Column(name = "handled_by", length = 100)
  private String handledBy;

  protected InboundReply() {}

  public InboundReply(
      String messageId,
      String fromAddress,
      String uid,
      String answer,
      Outcome outcome,
      String reason,
      byte[] sealedRaw,
      Instant at) {
    this.messageId = cut(messageId, 300);
    this.fromAddress = cut(fromAddress, 320);
    this.uid = cut(uid, 200);
    this.answer = cut(answer, 12);
    this.outcome = outcome;
    this.reason = cut(reason, 200);
    this.sealedRaw = sealedRaw;
    this.receivedAt = at.atOffset(ZoneOffset.UTC);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public void handled(String by, Instant at) {
    this.handledBy = by;
    this.handledAt = at.atOffset(ZoneOffset.UTC);
  }

  public Long id() {
    return id;
  }

  public boolean isHandled() {
    return handledAt != null;
  }

  public Instant receivedAt() {
    return receivedAt.toInstant();
  }

  public Optional<String> fromAddress() {
    return Optional.ofNullable(fromAddress);
  }

  public Optional<String> uid() {
    return Optional.ofNullable(uid);
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<byte[]> sealedRaw() {
    return Optional.ofNullable(sealedRaw);
  }
}
