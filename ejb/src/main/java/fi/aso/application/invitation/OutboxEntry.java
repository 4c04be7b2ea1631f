package fi.aso.application.invitation;

import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.SupersededReason;
import fi.aso.domain.organisation.DeliveryChannel;
import java.time.Instant;

/**
 * A message of the outbox as the administrator's page lists it (with the recipient organisation's
 * id, when it went to one): no body, no case data. A superseded message says why it was not sent
 * ({@code supersededReason}; {@code reason} in English words).
 */
public record OutboxEntry(
    long id,
    MessageKind kind,
    DeliveryChannel channel,
    String recipient,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    SupersededReason supersededReason,
    String reason,
    Long organisationId) {

  static OutboxEntry of(OutboundMessage m) {
    return new OutboxEntry(
        m.id(),
        m.kind(),
        m.channel(),
        m.recipient(),
        m.status(),
        m.attempts(),
        m.nextAttemptAt(),
        m.lastError().map(OutboxEntry::inWords).orElse(null),
        m.createdAt(),
        m.sentAt().orElse(null),
        m.supersededReason().orElse(null),
        m.supersededReason().map(SupersededReason::words).orElse(null),
        m.organisationId().orElse(null));
  }

  /**
   * The last error without the Java class the outbox recorded it under ("MessagingException:
   * connection refused" reads "connection refused"): what went wrong is the message; no answer of
   * the platform names its classes.
   */
  static String inWords(String error) {
    return error.replaceFirst("^([A-Za-z_$][\\w$]*\\.)*[A-Za-z_$][\\w$]*(Exception|Error): ", "");
  }
}
