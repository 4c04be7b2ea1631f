package fi.aso.application.invitation;

import fi.aso.application.consent.ConsentPolicy;
import fi.aso.domain.consent.Disclosure;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.CarriedData;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.invitation.SupersededReason;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides, at the moment a message would leave, whether it still may: the consent is asked again
 * for what the message records it carries (the case, the organisation, the categories). What was
 * allowed when the message was written may have been withdrawn since, while SMTP was down or the
 * message waited for an administrator.
 *
 * <p>A CANCEL is not asked about consent: it tells someone who already holds the REQUEST that it is
 * off, which is the point of a withdrawal. It goes only where a REQUEST of its invitation was
 * actually sent; it waits while an earlier REQUEST is still on its way. A REQUEST that a later
 * REQUEST or CANCEL of its invitation replaces is not sent either: the later one says it all (or
 * there is nothing left to say).
 */
final class DisclosureGate {

  /** What to do with a claimed message now. */
  sealed interface Verdict {}

  record Send() implements Verdict {}

  /** Not now: an earlier message of the invitation is being delivered; the next round decides. */
  record Wait() implements Verdict {}

  record Supersede(SupersededReason reason) implements Verdict {}

  private final OutboundMessageRepository messages;
  private final ConsentPolicy policy;

  DisclosureGate(OutboundMessageRepository messages, ConsentPolicy policy) {
    this.messages = messages;
    this.policy = policy;
  }

  Verdict decide(OutboundMessage m, Instant now) {
    Long invitationId = m.invitation().map(i -> i.id()).orElse(null);
    if (m.kind() == MessageKind.CANCEL && invitationId != null) {
      if (messages.earlierRequestInFlight(invitationId, m.id(), now)) {
        return new Wait();
      }
      return messages.requestSent(invitationId, m.recipient())
          ? new Send()
          : new Supersede(SupersededReason.NOTHING_TO_CANCEL);
    }
    Optional<SupersededReason> refused = refusal(m);
    if (refused.isPresent()) {
      return new Supersede(refused.get());
    }
    if (m.kind() == MessageKind.REQUEST
        && invitationId != null
        && messages.replacedByLater(invitationId, m.id())) {
      return new Supersede(SupersededReason.REPLACED);
    }
    return new Send();
  }

  /** The consent's refusal of anything the message carries, if any (staff: never). */
  private Optional<SupersededReason> refusal(OutboundMessage m) {
    if (m.organisationId().isEmpty()) {
      return Optional.empty();
    }
    long organisationId = m.organisationId().get();
    for (CarriedData carried : m.carries()) {
      for (InformationCategory category : carried.categories()) {
        Disclosure d = policy.decide(carried.caseId(), organisationId, category);
        if (!d.allowed()) {
          return Optional.of(SupersededReason.of(d.reason()));
        }
      }
    }
    return Optional.empty();
  }
}
