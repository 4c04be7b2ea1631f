package fi.aso.application.invitation;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.links.SignedTokens;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.InvitationAnswer;
import fi.aso.domain.meeting.InviteeKind;
import fi.aso.domain.meeting.SlotInvitee;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * What the page behind an invitation's accept/decline link shows: the slot's time and place and the
 * case reference (what the invitation mail itself carried, never the client's name), the answer
 * given so far, or only that the link is expired or the invitation cancelled. The details are
 * served, not sent, so the consent policy is asked again now; the opening is on the client's access
 * report.
 */
@Stateless
public class AnswerLinkView {

  @Inject AnswerLinks answerLinks;
  @Inject InvitationRepository invitations;
  @Inject ConsentPolicy consent;
  @Inject AuditTrail audit;

  /** The states the page tells apart. */
  public enum State {
    /** Not answered yet: the buttons. */
    OPEN,
    /** Answered before: the answer, and the buttons to change it. */
    ANSWERED,
    /** A genuine link past its time. */
    EXPIRED,
    /** The invitee was taken off, the meeting cancelled, or consent no longer allows it. */
    CANCELLED,
    /** Not a link of ours. */
    INVALID
  }

  /** The page's content; time, place and reference only in the OPEN and ANSWERED states. */
  public record Shown(
      State state,
      Instant start,
      Instant end,
      String place,
      String caseReference,
      InvitationAnswer answer) {

    static Shown only(State state) {
      return new Shown(state, null, null, null, null, null);
    }

    public boolean answerable() {
      return state == State.OPEN || state == State.ANSWERED;
    }
  }

  public Shown show(String token) {
    SignedTokens.Verified verified = answerLinks.check(token);
    if (verified.status() == SignedTokens.Status.EXPIRED) {
      return Shown.only(State.EXPIRED);
    }
    Optional<Invitation> found =
        verified.isValid() ? invitations.find(verified.id()) : Optional.empty();
    if (found.isEmpty()) {
      return Shown.only(State.INVALID);
    }
    Invitation invitation = found.get();
    Optional<SlotInvitee> invitee = invitation.invitee().filter(SlotInvitee::isActive);
    if (!invitation.isActive()
        || invitee.isEmpty()
        || invitee.get().slot().meeting().isCancelled()
        || !consented(invitation, invitee.get())) {
      return Shown.only(State.CANCELLED);
    }
    ClientSlot slot = invitee.get().slot();
    audit.recordAs(
        "invitee",
        AuditRecord.success(
                AuditAction.READ,
                "SlotInvitee",
                String.valueOf(invitee.get().id()),
                "invitation answer page opened")
            .aboutClientCase(invitation.caseId()));
    return new Shown(
        invitee.get().hasAnswered() ? State.ANSWERED : State.OPEN,
        slot.startsAt(),
        slot.endsAt(),
        slot.meeting().place(),
        slot.clientCase().reference(),
        invitee.get().answer());
  }

  /** A partner's organisation must still be allowed the case reference and time. */
  private boolean consented(Invitation invitation, SlotInvitee invitee) {
    if (invitee.kind() != InviteeKind.PARTNER || invitation.organisationId().isEmpty()) {
      return true; // the client's own case worker: consent does not govern their organisation
    }
    return consent
        .decide(
            invitation.caseId(),
            invitation.organisationId().get(),
            InformationCategory.IDENTITY_AND_RELEASE)
        .allowed();
  }
}
