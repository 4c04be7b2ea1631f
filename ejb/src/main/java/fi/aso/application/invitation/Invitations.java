package fi.aso.application.invitation;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.Meeting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A meeting's invitations with their delivery and answers, for the region's chairs and case
 * workers.
 */
@Stateless
public class Invitations {

  @Inject InvitationRepository invitations;
  @Inject OutboundMessageRepository messages;

  @Inject MeetingRights rights;
  @Inject AuditTrail audit;

  public Invitations() {}

  /** For tests outside the container. */
  public Invitations(
      InvitationRepository invitations,
      OutboundMessageRepository messages,
      MeetingRights rights,
      AuditTrail audit) {
    this.invitations = invitations;
    this.messages = messages;
    this.rights = rights;
    this.audit = audit;
  }

  public List<InvitationView> ofMeeting(long meetingId) {
    Meeting meeting = rights.toSee(meetingId);
    List<InvitationView> views = new ArrayList<>();
    // every slot's invitations, and their latest messages, in one read each
    Map<Long, List<Invitation>> bySlot =
        invitations.ofSlots(meeting.slots().stream().map(ClientSlot::id).toList()).stream()
            .collect(Collectors.groupingBy(Invitation::slotId, Collectors.toList()));
    Map<Long, OutboundMessage> latest =
        messages.latestOfInvitations(
            bySlot.values().stream().flatMap(List::stream).map(Invitation::id).toList());
    for (ClientSlot slot : meeting.slots()) {
      audit.record(
          AuditRecord.success(
                  AuditAction.READ,
                  "Invitation",
                  String.valueOf(slot.id()),
                  "invitations of a slot")
              .aboutClientCase(slot.clientCase().id()));
      for (Invitation invitation : bySlot.getOrDefault(slot.id(), List.of())) {
        OutboundMessage last = latest.get(invitation.id());
        views.add(
            new InvitationView(
                invitation.id(),
                slot.id(),
                slot.clientCase().reference(),
                invitation.attendeeName(),
                invitation.attendeeEmail(),
                invitation.uid(),
                invitation.sequence(),
                invitation.channel(),
                invitation.isActive(),
                last == null ? null : last.status(),
                last == null ? null : last.sentAt().orElse(null),
                invitation.invitee().map(i -> i.answer()).orElse(InvitationAnswer.NEEDS_ACTION)));
      }
    }
    return views;
  }
}
