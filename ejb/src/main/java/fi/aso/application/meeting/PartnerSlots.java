package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.staff.Caller;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner's own upcoming slots: those their organisation is invited to, and only while the
 * client's consent still allows the organisation the invitation's information. A partner learns
 * nothing of the meeting's other slots. Each slot shown is an audited read.
 */
@Stateless
public class PartnerSlots {

  @Inject MeetingRepository meetings;

  @Inject Caller caller;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;
  @Inject JoinLinks joinLinks;

  Clock clock = Clock.systemUTC();

  public PartnerSlots() {}

  /** For tests outside the container. */
  public PartnerSlots(
      MeetingRepository meetings,
      Caller caller,
      ConsentPolicy policy,
      AuditTrail audit,
      JoinLinks joinLinks,
      Clock clock) {
    this.meetings = meetings;
    this.caller = caller;
    this.policy = policy;
    this.audit = audit;
    this.joinLinks = joinLinks;
    this.clock = clock;
  }

  public List<PartnerSlot> upcoming() {
    StaffMember partner = caller.now().orElse(null);
    if (partner == null || !partner.has(Role.PARTNER) || partner.organisation().isEmpty()) {
      return List.of();
    }
    long organisationId = partner.organisationId();
    List<SlotInvitee> invited =
        meetings.activeInviteesOfOrganisationFrom(organisationId, clock.instant());
    // the consents of all the clients in one read, not one per slot
    Set<Long> allowing =
        policy.casesAllowing(
            invited.stream().map(i -> i.slot().clientCase().id()).collect(Collectors.toSet()),
            organisationId,
            MeetingPlanner.INVITATION_DISCLOSES);
    return invited.stream()
        .filter(i -> allowing.contains(i.slot().clientCase().id()))
        .map(this::seen)
        .toList();
  }

  private PartnerSlot seen(SlotInvitee invitee) {
    ClientSlot slot = invitee.slot();
    audit.record(
        AuditRecord.success(
                AuditAction.READ, "ClientSlot", String.valueOf(slot.id()), "partner's slots")
            .aboutClientCase(slot.clientCase().id()));
    return new PartnerSlot(
        slot.id(),
        slot.clientCase().id(),
        slot.clientCase().reference(),
        slot.clientCase().fullName(),
        slot.startsAt(),
        slot.endsAt(),
        slot.meeting().place(),
        invitee.contactPerson().map(c -> c.name()).orElse(""),
        invitee.answer(),
        slot.clientAttendance(),
        joinLinks.tokenFor(invitee.id(), slot.endsAt()));
  }
}
