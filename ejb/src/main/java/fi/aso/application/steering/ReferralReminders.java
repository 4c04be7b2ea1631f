package fi.aso.application.steering;

import fi.aso.application.consent.ConsentPolicy;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.servicemap.ServiceReferral;
import fi.aso.domain.servicemap.SteeringRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Reminds the provider of a referral nobody has answered (still referred): two days before the day
 * to answer by, and once it is past, like the actions' reminders. The referral's action names no
 * contact person, so the reminder goes to the provider's active contact persons, each with their
 * own answer link ({@link ReferralNotices}). Written once per referral, day, reminder and person (a
 * moved day reminds again); a provider the client's consent no longer names is not reminded.
 */
@Stateless
public class ReferralReminders {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final int DAYS_BEFORE = 2;

  @Inject SteeringRepository steering;
  @Inject OutboundMessageRepository outbox;
  @Inject ReferralNotices notices;
  @Inject ConsentPolicy policy;

  Clock clock = Clock.systemUTC();

  public ReferralReminders() {}

  /** For tests outside the container. */
  public ReferralReminders(
      SteeringRepository steering,
      OutboundMessageRepository outbox,
      ReferralNotices notices,
      ConsentPolicy policy,
      Clock clock) {
    this.steering = steering;
    this.outbox = outbox;
    this.notices = notices;
    this.policy = policy;
    this.clock = clock;
  }

  /** Writes the reminders due today; returns how many mails. */
  public int writeDue() {
    LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
    int written = 0;
    for (ServiceReferral referral : steering.awaitingAnswerDueBy(today.plusDays(DAYS_BEFORE))) {
      if (!stillConsented(referral)) {
        continue; // even the case reference is the client's: a withdrawn provider hears nothing
      }
      ReferralNotices.Notice when =
          referral.action().dueDate().isBefore(today)
              ? ReferralNotices.Notice.OVERDUE
              : ReferralNotices.Notice.BEFORE;
      String prefix =
          "referral:" + referral.id() + ":due:" + referral.action().dueDate() + ":" + when + ":";
      List<String> keys = notices.keys(referral, prefix);
      Set<String> before = outbox.idempotencyKeysAmong(keys);
      written += notices.remind(referral, when, prefix, before);
    }
    return written;
  }

  private boolean stillConsented(ServiceReferral referral) {
    return policy
        .decide(
            referral.clientCase().id(),
            referral.service().provider().id(),
            InformationCategory.IDENTITY_AND_RELEASE)
        .allowed();
  }
}
