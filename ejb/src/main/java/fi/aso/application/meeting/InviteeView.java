package fi.aso.application.meeting;

import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.SlotInvitee;
import java.time.Instant;

/** One invitee of a slot: who, for which organisation, their answer, whether still invited. */
public record InviteeView(
    long id,
    InviteeKind kind,
    String name,
    Long organisationId,
    String organisation,
    InvitationAnswer answer,
    boolean active,
    String removedReason,
    Instant joinedByVideoAt,
    Long contactPersonId,
    Long staffUserId,
    DeliveryStatus delivery) {

  /** {@code delivery}: the state of the latest message to the invitee (null: none sent). */
  static InviteeView of(SlotInvitee i, DeliveryStatus delivery) {
    String name =
        switch (i.kind()) {
          case PARTNER -> i.contactPerson().map(c -> c.name()).orElse("");
          case CASE_WORKER -> i.staffUser().map(u -> u.displayName()).orElse("");
          case CLIENT -> null;
        };
    return new InviteeView(
        i.id(),
        i.kind(),
        name,
        i.organisation().map(o -> o.id()).orElse(null),
        i.organisation().map(o -> o.name()).orElse(null),
        i.answer(),
        i.isActive(),
        i.removedReason().map(Enum::name).orElse(null),
        i.joinedByVideoAt().orElse(null),
        i.contactPerson().map(c -> c.id()).orElse(null),
        i.staffUser().map(u -> u.id()).orElse(null),
        delivery);
  }
}
