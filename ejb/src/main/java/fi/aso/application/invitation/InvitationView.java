package fi.aso.application.invitation;

import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.organisation.DeliveryChannel;
import java.time.Instant;

/**
 * One invitation as the API shows it: to whom, which version, how delivered, what they answered.
 */
public record InvitationView(
    long id,
    long slotId,
    String caseReference,
    String attendee,
    String attendeeEmail,
    String uid,
    int sequence,
    DeliveryChannel channel,
    boolean active,
    DeliveryStatus lastDelivery,
    Instant lastDeliveredAt,
    InvitationAnswer answer) {}
