package fi.aso.application.invitation;

import fi.aso.application.mail.MailTexts;
import fi.aso.application.meeting.JoinLinks;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.json.Json;
import java.time.Instant;
import java.util.Set;

/**
 * Writes one outbox message for an invitation: the mail's subject and text, the iCalendar part, or
 * the signed webhook's JSON. The same for invitations, updates, cancellations and reminders.
 */
final class InvitationMessages {

  private static final String PARTSTAT_NEEDS_ACTION = "NEEDS-ACTION";

  private final OrganisationRepository organisations;
  private final InvitationSettings settings;
  private final JoinLinks joinLinks;
  private final AnswerLinks answerLinks;

  InvitationMessages(
      OrganisationRepository organisations,
      InvitationSettings settings,
      JoinLinks joinLinks,
      AnswerLinks answerLinks) {
    this.organisations = organisations;
    this.settings = settings;
    this.joinLinks = joinLinks;
    this.answerLinks = answerLinks;
  }

  /**
   * The message that brings the invitee's calendar to {@code kind}/{@code sequence} (or reminds
   * them).
   */
  OutboundMessage write(
      Invitation invitation, ClientSlot slot, MessageKind kind, int sequence, Instant now) {
    return write(invitation, slot, new Invitation.Change(kind, sequence), now);
  }

  /**
   * The message for {@code change}; an update of a REQUEST already sent says what changed ("Aika
   * muuttunut: ... (oli ...)"), so that it is not one more look-alike invitation.
   */
  OutboundMessage write(
      Invitation invitation, ClientSlot slot, Invitation.Change change, Instant now) {
    Instant start = invitation.sentStart().orElse(slot.startsAt());
    Instant end = invitation.sentEnd().orElse(slot.endsAt());
    String place = invitation.sentPlace().orElse(slot.meeting().place());
    String changed =
        change.kind() == MessageKind.CANCEL
            // a cancelled meeting says why, as the chair wrote it
            ? slot.takenOffReason()
                .or(() -> slot.meeting().cancelReason())
                .map(reason -> MailTexts.line("mail.invitation.cancelReason", reason))
                .orElse("")
            : change
                .before()
                .map(
                    was ->
                        InvitationTexts.changes(
                            was, start, end, place, JoinLinks.videoRoomOf(slot).isPresent()))
                .orElse("");
    return write(
        invitation,
        slot.clientCase().reference(),
        start,
        end,
        place,
        change.kind(),
        change.sequence(),
        changed,
        JoinLinks.videoRoomOf(slot).isPresent(),
        now);
  }

  OutboundMessage write(
      Invitation invitation,
      String reference,
      Instant start,
      Instant end,
      String place,
      MessageKind kind,
      int sequence,
      Instant now) {
    return write(invitation, reference, start, end, place, kind, sequence, "", false, now);
  }

  /**
   * The message that brings the invitee's calendar to {@code kind}/{@code sequence}, naming the
   * given time and place (for a CANCEL: those the recipient was actually sent).
   */
  private OutboundMessage write(
      Invitation invitation,
      String reference,
      Instant start,
      Instant end,
      String place,
      MessageKind kind,
      int sequence,
      String changed,
      boolean video,
      Instant now) {
    String info = settings.link("/cases/case.xhtml?id=" + invitation.caseId());
    boolean cancel = kind == MessageKind.CANCEL;
    // the links last as long as the time this message names; a CANCEL has none
    String join =
        cancel
            ? info
            : invitation
                .invitee()
                .map(i -> settings.link("/join/" + joinLinks.tokenFor(i.id(), end)))
                .orElse(info);
    String answer =
        cancel ? info : settings.link("/answer/" + answerLinks.tokenFor(invitation.id(), end));
    String subject = InvitationTexts.subject(kind, start, reference);
    // the calendar is told the answer the platform has: after a new time none (asked again), after
    // a new place or a reminder the one given, so that the entry does not ask for it once more
    String partStat =
        cancel
            ? PARTSTAT_NEEDS_ACTION
            : invitation
                .invitee()
                .map(i -> i.answer().name().replace('_', '-'))
                .orElse(PARTSTAT_NEEDS_ACTION);
    String body =
        InvitationTexts.body(
            kind,
            changed,
            start,
            end,
            place,
            reference,
            info,
            join,
            answer + "?a=ACCEPTED",
            answer + "?a=DECLINED");
    String description =
        InvitationTexts.description(kind, changed, start, end, place, reference, info, join);
    // the personal join link is a CONFERENCE only where the slot has a video room to forward to
    boolean joinable = video && !cancel && invitation.invitee().isPresent();
    IcsInvitations.Event event =
        new IcsInvitations.Event(
            invitation.uid(),
            sequence,
            cancel,
            start,
            end,
            InvitationTexts.summary(reference),
            place,
            description,
            info,
            joinable ? join : null,
            InvitationTexts.joinLabel(),
            settings.organizer(),
            InvitationTexts.organizerName(),
            invitation.attendeeEmail(),
            invitation.attendeeName(),
            partStat,
            now);
    String calendar =
        kind == MessageKind.DECLINECOUNTER
            ? IcsInvitations.declineCounter(
                event, MailTexts.finnish("mail.invitation.intro.DECLINECOUNTER"))
            : IcsInvitations.write(event);
    String recipient = invitation.attendeeEmail();
    String payload = null;
    if (invitation.channel() == DeliveryChannel.WEBHOOK) {
      Organisation organisation =
          organisations.find(invitation.organisationId().orElseThrow()).orElseThrow();
      recipient = organisation.webhookUrl().orElse(recipient);
      payload =
          Json.createObjectBuilder()
              .add("type", "aso.invitation")
              .add("method", kind.name())
              .add("uid", invitation.uid())
              .add("sequence", sequence)
              .add("start", start.toString())
              .add("end", end.toString())
              .add("place", place)
              .add("caseReference", reference)
              .add("attendee", invitation.attendeeEmail())
              // asked again exactly when the calendar is: a new invitation, a new time, or a
              // reminder of one not yet answered; a new place or video link keeps the answer
              .add("needsAnswer", !cancel && PARTSTAT_NEEDS_ACTION.equals(partStat))
              .add("link", info)
              .build()
              .toString();
    }
    // the case reference and the time: the client's identity and release date, to this organisation
    return new OutboundMessage(
            invitation,
            kind,
            invitation.channel(),
            recipient,
            subject,
            body,
            calendar,
            payload,
            idempotencyKey(invitation, kind, sequence),
            settings.domain(),
            now)
        .carrying(
            invitation.caseId(),
            partnerOrganisation(invitation),
            Set.of(InformationCategory.IDENTITY_AND_RELEASE));
  }

  /**
   * The partner organisation the message discloses to; none for a case worker (their invitee names
   * their own organisation, which consent does not govern) or an invitee already gone (only a
   * CANCEL, which consent does not hold back).
   */
  private static Long partnerOrganisation(Invitation invitation) {
    return invitation
        .invitee()
        .filter(i -> i.kind() == InviteeKind.PARTNER)
        .flatMap(i -> invitation.organisationId())
        .orElse(null);
  }

  /** One message per invitation, version and kind: a second one is recognisably the same. */
  static String idempotencyKey(Invitation invitation, MessageKind kind, int sequence) {
    return invitation.uid() + ":" + sequence + ":" + kind;
  }
}
