package fi.aso.application.meeting;

import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.mail.MailTexts;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mails to the chair about one slot that needs them (its client's release or prison changed, or
 * tomorrow's video slot is not ready), through the outbox like every other mail. The mail names the
 * case reference and the time only, never the client (mail leaves the platform); the link leads to
 * the meeting page, behind the sign-in. Each notice has an idempotency key, so writing it again
 * (another node, the next round of a check) is a no-op.
 */
@ApplicationScoped
public class ChairNotices {

  @Inject OutboundMessageRepository outbox;
  @Inject StaffUserRepository staff;
  @Inject InvitationSettings settings;

  public ChairNotices() {}

  /** For tests outside the container. */
  public ChairNotices(
      OutboundMessageRepository outbox, StaffUserRepository staff, InvitationSettings settings) {
    this.outbox = outbox;
    this.staff = staff;
    this.settings = settings;
  }

  /**
   * Writes the notice {@code what} (the message keys {@code mail.<what>.subject} and {@code
   * mail.<what>.intro}) about the slot to its chair, unless the key was written before or there is
   * no chair with an address. Returns whether it was written.
   */
  public boolean tell(ClientSlot slot, String what, String key, Instant now) {
    Optional<String> to = chairOf(slot).flatMap(StaffUser::email);
    if (to.isEmpty() || !outbox.idempotencyKeysAmong(List.of(key)).isEmpty()) {
      return false;
    }
    String reference = slot.clientCase().reference();
    String subject =
        MailTexts.finnish(
            "mail." + what + ".subject",
            reference,
            MailTexts.finnishDates().dateTime(slot.startsAt()));
    String body =
        MailTexts.stacked("mail." + what + ".intro")
            + "\n\n"
            + MailTexts.line("mail.label.time", d -> d.span(slot.startsAt(), slot.endsAt()))
            + MailTexts.line("mail.label.case", reference)
            + MailTexts.line(
                "mail.label.decide",
                settings.link("/meetings/meeting.xhtml?id=" + slot.meeting().id()))
            + MailTexts.noPersonalData();
    outbox.store(
        new OutboundMessage(
                null,
                MessageKind.REMINDER,
                DeliveryChannel.EMAIL,
                to.get(),
                subject,
                body,
                null,
                null,
                key,
                settings.domain(),
                now)
            .inRegion(slot.meeting().region().id())
            // a staff member: consent does not govern it, but the message says whose it is
            .carrying(
                slot.clientCase().id(), null, Set.of(InformationCategory.IDENTITY_AND_RELEASE)));
    return true;
  }

  /** The case's chair, or else the chair who made the meeting. */
  private Optional<StaffUser> chairOf(ClientSlot slot) {
    return slot.clientCase()
        .chair()
        .filter(c -> c.email().isPresent())
        .or(() -> staff.findByUsername(slot.meeting().createdBy()));
  }
}
