package fi.aso.application.invitation;

import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.meeting.JoinLinks;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps every invitee's calendar in step with the meeting: observes each {@link MeetingChange} in
 * the transaction that made it and writes what must be sent (a REQUEST with a higher SEQUENCE, or a
 * CANCEL) to the outbox in that same transaction, only when the change is one the invitee's
 * calendar shows ({@link Invitation#follow}), so a change and its messages are committed together
 * or not at all. A partner is invited only while the client's consent allows their organisation the
 * client's identity and release date; otherwise nothing is sent, or what was sent is cancelled.
 */
@ApplicationScoped
public class InvitationsFollowMeetings {

  @Inject MeetingRepository meetings;
  @Inject InvitationRepository invitations;
  @Inject OutboundMessageRepository outbox;
  @Inject OrganisationRepository organisations;

  @Inject ConsentPolicy policy;
  @Inject InvitationSettings settings;
  @Inject JoinLinks joinLinks;
  @Inject AnswerLinks answerLinks;

  Clock clock = Clock.systemUTC();

  public InvitationsFollowMeetings() {}

  /** For tests outside the container. */
  public InvitationsFollowMeetings(
      MeetingRepository meetings,
      InvitationRepository invitations,
      OutboundMessageRepository outbox,
      OrganisationRepository organisations,
      ConsentPolicy policy,
      InvitationSettings settings,
      JoinLinks joinLinks,
      AnswerLinks answerLinks,
      Clock clock) {
    this.meetings = meetings;
    this.invitations = invitations;
    this.outbox = outbox;
    this.organisations = organisations;
    this.policy = policy;
    this.settings = settings;
    this.joinLinks = joinLinks;
    this.answerLinks = answerLinks;
    this.clock = clock;
  }

  public void follow(@Observes MeetingChange change) {
    for (Long slotId : change.slotIds()) {
      ClientSlot slot = meetings.findSlot(slotId).orElse(null);
      if (slot == null) {
        continue;
      }
      boolean slotGoes = change.kind() == MeetingChange.Kind.SLOT_REMOVED;
      // the slot's invitations in one read, not one per invitee
      Map<Long, Invitation> invitationOf =
          invitations.ofInvitees(
              slot.invitees().stream().map(SlotInvitee::id).filter(Objects::nonNull).toList());
      for (SlotInvitee invitee : slot.invitees()) {
        if (invitee.kind() == InviteeKind.CLIENT) {
          continue; // the client is reached through their case worker, never by mail from here
        }
        Optional<Invitation> existing =
            invitee.id() == null
                ? Optional.empty()
                : Optional.ofNullable(invitationOf.get(invitee.id()));
        if (slotGoes) {
          existing.ifPresent(i -> i.cancel().ifPresent(c -> enqueue(i, slot, c)));
          continue;
        }
        boolean invited = invitee.isActive() && allowed(invitee, slot);
        Invitation invitation = existing.orElseGet(() -> invited ? create(invitee) : null);
        if (invitation != null) {
          invitation
              .follow(slot, invited, JoinLinks.videoRoomOf(slot).isPresent())
              .ifPresent(c -> enqueue(invitation, slot, c));
        }
      }
    }
  }

  /** The consent policy's word: may this partner's organisation receive the invitation? */
  private boolean allowed(SlotInvitee invitee, ClientSlot slot) {
    if (invitee.kind() != InviteeKind.PARTNER) {
      return true;
    }
    return invitee
        .organisation()
        .map(
            o ->
                policy
                    .decide(
                        slot.clientCase().id(), o.id(), InformationCategory.IDENTITY_AND_RELEASE)
                    .allowed())
        .orElse(false);
  }

  private Invitation create(SlotInvitee invitee) {
    String email;
    String name;
    DeliveryChannel channel = DeliveryChannel.EMAIL;
    if (invitee.kind() == InviteeKind.PARTNER) {
      email = invitee.contactPerson().orElseThrow().email();
      name = invitee.contactPerson().orElseThrow().name();
      Organisation organisation = invitee.organisation().orElseThrow();
      channel = organisation.preferredChannel();
      if (channel == DeliveryChannel.WEBHOOK && organisation.webhookUrl().isEmpty()) {
        channel = DeliveryChannel.EMAIL;
      }
    } else {
      var staff = invitee.staffUser().orElseThrow();
      email = staff.email().orElse(null);
      name = staff.displayName();
      if (email == null) {
        return null; // a case worker without an address sees the meeting in the platform only
      }
    }
    Invitation invitation =
        new Invitation(invitee, email, name, channel, settings.domain(), clock.instant());
    return invitations.store(invitation);
  }

  private void enqueue(Invitation invitation, ClientSlot slot, Invitation.Change change) {
    outbox.store(
        new InvitationMessages(organisations, settings, joinLinks, answerLinks)
            .write(invitation, slot, change, clock.instant()));
  }
}
