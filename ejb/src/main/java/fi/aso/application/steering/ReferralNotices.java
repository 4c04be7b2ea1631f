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
 * Tells the provider's contact persons that a client was referred to their service, and reminds
 * them while nobody has answered: the case reference and the day to answer by, each person's own
 * answer link ({@link ReferralLinks}: no sign-in) and the link to the referrals page. Never the
 * client's name nor anything the referral carries, not even the service's name; through the outbox,
 * whose disclosure gate checks the consent once more before each mail leaves.
 *
 * <p>The referral's action names no contact person (it is the organisation's), so a notice and a
 * reminder go to every active contact person of the provider: the people the organisation named for
 * the ASO group's work.
 */
@ApplicationScoped
public class ReferralNotices {

  /** Which mail: the first notice, or a reminder before or after the day to answer by. */
  public enum Notice {
    REFERRED,
    BEFORE,
    OVERDUE
  }

  @Inject OutboundMessageRepository outbox;
  @Inject OrganisationRepository organisations;
  @Inject InvitationSettings settings;
  @Inject ReferralLinks links;

  Clock clock = Clock.systemUTC();

  public ReferralNotices() {}

  /** For tests outside the container. */
  public ReferralNotices(
      OutboundMessageRepository outbox,
      OrganisationRepository organisations,
      InvitationSettings settings,
      ReferralLinks links,
      Clock clock) {
    this.outbox = outbox;
    this.organisations = organisations;
    this.settings = settings;
    this.links = links;
    this.clock = clock;
  }

  /** One notice per active contact person of the provider; returns how many were written. */
  public int referred(ServiceReferral referral) {
    return write(referral, Notice.REFERRED, "referral:" + referral.id() + ":contact:", Set.of());
  }

  /**
   * One reminder per active contact person of the provider not reminded under this key before;
   * returns how many were written.
   */
  public int remind(ServiceReferral referral, Notice when, String keyPrefix, Set<String> written) {
    return write(referral, when, keyPrefix, written);
  }

  /** The contact persons' idempotency keys of a mail whose keys start with the prefix. */
  public List<String> keys(ServiceReferral referral, String keyPrefix) {
    return contacts(referral).stream().map(c -> keyPrefix + c.id()).toList();
  }

  private int write(
      ServiceReferral referral, Notice notice, String keyPrefix, Set<String> writtenBefore) {
    Organisation provider = referral.service().provider();
    String reference = referral.clientCase().reference();
    String subject =
        notice == Notice.REFERRED
            ? MailTexts.finnish("mail.referral.subject", reference)
            : MailTexts.finnish("mail.referral.reminder.subject", reference);
    String intro =
        notice == Notice.REFERRED
            ? MailTexts.stacked("mail.referral.intro")
            : MailTexts.stacked(
                "mail.referral.reminder." + notice,
                d -> new String[] {d.day(referral.action().dueDate())});
    // partner systems take invitations; a referral goes to the person, as reminders do
    DeliveryChannel channel =
        provider.preferredChannel() == DeliveryChannel.WEBHOOK
            ? DeliveryChannel.EMAIL
            : provider.preferredChannel();
    int written = 0;
    for (ContactPerson contact : contacts(referral)) {
      String key = keyPrefix + contact.id();
      if (writtenBefore.contains(key)) {
        continue;
      }
      String answer =
          settings.link(
              "/referral-answer/" + links.tokenFor(referral.id(), contact.id(), clock.instant()));
      String body =
          // not even the service's name: with the case reference it could say what the client needs
          intro
              + "\n"
              + MailTexts.line("mail.label.case", reference)
              + "\n"
              + MailTexts.line("mail.referral.answerBy", d -> d.day(referral.action().dueDate()))
              + "\n"
              + MailTexts.line("mail.referral.answerLink", answer)
              + "\n"
              + MailTexts.line("mail.label.update", settings.link("/referrals/index.xhtml"))
              + "\n"
              + MailTexts.noPersonalData();
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
                  key,
                  settings.domain(),
                  clock.instant())
              .inRegion(referral.clientCase().region().id())
              // the case reference: the client's identity, to the provider the consent names
              .carrying(
                  referral.clientCase().id(),
                  provider.id(),
                  Set.of(InformationCategory.IDENTITY_AND_RELEASE)));
      written++;
    }
    return written;
  }

  private List<ContactPerson> contacts(ServiceReferral referral) {
    long providerId = referral.service().provider().id();
    return organisations.activeContactsOf(List.of(providerId)).getOrDefault(providerId, List.of());
  }
}
