package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.ConsentWithdrawn;
import fi.aso.domain.meeting.MeetingChange;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.RemovalReason;
import fi.aso.domain.meeting.SlotInvitee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a client withdraws consent from organisations, their people are taken off the client's slots
 * at once, in the same transaction as the withdrawal (the invitations issue then sends the
 * cancellations from the announced change). Past slots are left as they were: history.
 */
@ApplicationScoped
public class InviteesFollowConsent {

  @Inject MeetingRepository meetings;

  @Inject MeetingEvents events;
  @Inject AuditTrail audit;

  public InviteesFollowConsent() {}

  /** For tests outside the container. */
  public InviteesFollowConsent(MeetingRepository meetings, MeetingEvents events, AuditTrail audit) {
    this.meetings = meetings;
    this.events = events;
    this.audit = audit;
  }

  public void withdrawn(@Observes ConsentWithdrawn withdrawal) {
    if (withdrawal.organisationIds().isEmpty()) {
      return;
    }
    List<SlotInvitee> invitees =
        meetings.activeInviteesOfCaseFromOrganisations(
            withdrawal.caseId(), withdrawal.organisationIds());
    Map<Long, Set<Long>> slotsByMeeting = new HashMap<>();
    for (SlotInvitee invitee : invitees) {
      if (invitee.slot().endsAt().isAfter(withdrawal.at())
          && !invitee.slot().meeting().isCancelled()) {
        invitee
            .slot()
            .removeInvitee(invitee.id(), RemovalReason.CONSENT_WITHDRAWN, withdrawal.at());
        slotsByMeeting
            .computeIfAbsent(invitee.slot().meeting().id(), m -> new HashSet<>())
            .add(invitee.slot().id());
        audit.record(
            AuditRecord.success(
                    AuditAction.UPDATE,
                    "SlotInvitee",
                    String.valueOf(invitee.id()),
                    "removed: consent withdrawn")
                .aboutClientCase(withdrawal.caseId()));
      }
    }
    slotsByMeeting.forEach(
        (meetingId, slots) ->
            events.changed(
                new MeetingChange(meetingId, slots, MeetingChange.Kind.INVITEES_CHANGED)));
  }
}
