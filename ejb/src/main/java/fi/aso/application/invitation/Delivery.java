package fi.aso.application.invitation;

import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.organisation.DeliveryChannel;

/**
 * One message claimed for delivery, as the delivery routes need it. The webhook key is opened here
 * only for the moment of signing; it is never logged.
 */
public record Delivery(
    long id,
    String messageId,
    String idempotencyKey,
    MessageKind kind,
    DeliveryChannel channel,
    String recipient,
    String subject,
    String body,
    String calendar,
    String payload,
    byte[] webhookKey,
    String attachmentName,
    byte[] attachment) {

  @Override
  public String toString() {
    // recipients, subjects, bodies and keys stay out of logs
    return "Delivery[" + id + ", " + channel + ", " + kind + "]";
  }
}
