package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.SlotInvitee;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.domain.staff.StaffUserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A partner's own upcoming slots: those their organisation is invited to, and only while the
 * client's consent still allows the organisation the invitation's information. A partner learns
 * nothing of the meeting's other slots. Each slot shown is an audited read.
 */
@Stateless
public class PartnerSlots {

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject StaffUserRepository staff;
  @Inject CallerIdentity caller;
  @Inject ConsentPolicy policy;
  @Inject AuditTrail audit;
  @Inject JoinLinks joinLinks;

  Clock clock = Clock.systemUTC();

  public List<PartnerSlot> upcoming() {
    StaffUser partner = staff.findByUsername(caller.name()).orElse(null);
    if (partner == null || !partner.roles().contains(Role.PARTNER) || partner.organisation().isEmpty()) {
      return List.of();
    }
    long organisationId = partner.organisation().get().id();
    return em.createNamedQuery("SlotInvitee.activeOfOrganisationFrom", SlotInvitee.class)
        .setParameter("organisation", organisationId)
        .setParameter("from", clock.instant().atOffset(ZoneOffset.UTC))
        .getResultStream()
        .filter(i -> policy.decide(i.slot().clientCase().id(), organisationId, MeetingPlanner.INVITATION_DISCLOSES).allowed())
        .map(this::seen)
        .toList();
  }

  private PartnerSlot seen(SlotInvitee invitee) {
    ClientSlot slot = invitee.slot();
    audit.record(AuditRecord.success(AuditAction.READ, "ClientSlot", String.valueOf(slot.id()), "partner's slots")
        .aboutClientCase(slot.clientCase().id()));
    return new PartnerSlot(slot.id(), slot.clientCase().id(), slot.clientCase().reference(), slot.clientCase().fullName(),
        slot.startsAt(), slot.endsAt(), slot.meeting().place(), invitee.contactPerson().map(c -> c.name()).orElse(""),
        invitee.answer(), slot.clientAttendance(), joinLinks.tokenFor(invitee.id()));
  }
}
