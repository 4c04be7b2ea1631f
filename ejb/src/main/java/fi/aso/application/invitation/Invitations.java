package fi.aso.application.invitation;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.meeting.MeetingRights;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.Meeting;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** A meeting's invitations with their delivery and answers, for the region's chairs and case workers. */
@Stateless
public class Invitations {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject MeetingRights rights;
  @Inject AuditTrail audit;

  public List<InvitationView> ofMeeting(long meetingId) {
    Meeting meeting = rights.toSee(meetingId);
    List<InvitationView> views = new ArrayList<>();
    for (ClientSlot slot : meeting.slots()) {
      audit.record(AuditRecord.success(AuditAction.READ, "Invitation", String.valueOf(slot.id()), "invitations of a slot")
          .aboutClientCase(slot.clientCase().id()));
      for (Invitation invitation : em.createQuery("select i from Invitation i where i.slotId = :slot order by i.id", Invitation.class)
          .setParameter("slot", slot.id()).getResultList()) {
        List<OutboundMessage> messages = em.createNamedQuery("OutboundMessage.ofInvitation", OutboundMessage.class)
            .setParameter("invitation", invitation.id()).getResultList();
        OutboundMessage last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        views.add(new InvitationView(invitation.id(), slot.id(), slot.clientCase().reference(), invitation.attendeeName(),
            invitation.attendeeEmail(), invitation.uid(), invitation.sequence(), invitation.channel(), invitation.isActive(),
            last == null ? null : last.status(), last == null ? null : last.sentAt().orElse(null),
            invitation.invitee().map(i -> i.answer()).orElse(InvitationAnswer.NEEDS_ACTION)));
      }
    }
    return views;
  }
}
