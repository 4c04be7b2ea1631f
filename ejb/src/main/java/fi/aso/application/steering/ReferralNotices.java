package fi.aso.application.steering;

import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.mail.MailTexts;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationRepository;
import fi.aso.domain.servicemap.ServiceReferral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Tells the provider's contact persons that a client was referred to their service: the case
 * reference and the day to answer by, and the link to the referrals page where they accept or
 * decline it (signed in: the page checks the consent again). Never the client's name nor anything
 * the referral carries; through the outbox, whose disclosure gate checks the consent once more
 * before the mail leaves.
 */
@ApplicationScoped
public class ReferralNotices {

  @Inject OutboundMessageRepository outbox;
  @Inject OrganisationRepository organisations;
  @Inject InvitationSettings settings;

  Clock clock = Clock.systemUTC();

  public ReferralNotices() {}

  /** For tests outside the container. */
  public ReferralNotices(
      OutboundMessageRepository outbox,
      OrganisationRepository organisations,
      InvitationSettings settings,
      Clock clock) {
    this.outbox = outbox;
    this.organisations = organisations;
    this.settings = settings;
    this.clock = clock;
  }

  /** One notice per active contact person of the provider; returns how many were written. */
  public int referred(ServiceReferral referral) {
    Organisation provider = referral.service().provider();
    List<ContactPerson> contacts =
        organisations
            .activeContactsOf(List.of(provider.id()))
            .getOrDefault(provider.id(), List.of());
    String reference = referral.clientCase().reference();
    String subject = MailTexts.finnish("mail.referral.subject", reference);
    String body =
        // not even the service's name: with the case reference it could say what the client needs
        MailTexts.stacked("mail.referral.intro")
            + "\n"
            + MailTexts.line("mail.label.case", reference)
            + "\n"
            + MailTexts.line("mail.referral.answerBy", d -> d.day(referral.action().dueDate()))
            + "\n"
            + MailTexts.line("mail.label.update", settings.link("/referrals/index.xhtml"))
            + "\n"
            + MailTexts.noPersonalData();
    // partner systems take invitations; a referral goes to the person, as reminders do
    DeliveryChannel channel =
        provider.preferredChannel() == DeliveryChannel.WEBHOOK
            ? DeliveryChannel.EMAIL
            : provider.preferredChannel();
    for (ContactPerson contact : contacts) {
      outbox.store(
          new OutboundMessage(
                  null,
                  MessageKind.REMINDER,
                  channel,
                  contact.email(),
                  subject,
                  body,
                  null,
                  null,
                  "referral:" + referral.id() + ":contact:" + contact.id(),
                  settings.domain(),
                  clock.instant())
              .inRegion(referral.clientCase().region().id())
              // the case reference: the client's identity, to the provider the consent names
              .carrying(
                  referral.clientCase().id(),
                  provider.id(),
                  Set.of(InformationCategory.IDENTITY_AND_RELEASE)));
    }
    return contacts.size();
  }
}
