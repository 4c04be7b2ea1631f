package fi.aso.application.meetingday;

import fi.aso.application.consent.ConsentPolicy;
import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.mail.MailTexts;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessage;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meetingday.ActionItem;
import fi.aso.domain.meetingday.MeetingDayRepository;
import fi.aso.domain.organisation.DeliveryChannel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Reminds the contact person responsible for an open action twice: two days before it is due, and
 * once it is overdue. Each reminder is written to the outbox once per action and due date (a moved
 * due date reminds again). The mail names the case reference and the due date only, never the
 * action's text (it may say something about the client); the link leads to the action list. An
 * organisation the client's consent no longer names is not reminded.
 */
@Stateless
public class ActionReminders {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final int DAYS_BEFORE = 2;

  @Inject MeetingDayRepository meetingDays;
  @Inject OutboundMessageRepository outbox;

  @Inject InvitationSettings settings;
  @Inject ConsentPolicy policy;

  Clock clock = Clock.systemUTC();

  public ActionReminders() {}

  /** For tests outside the container. */
  public ActionReminders(
      MeetingDayRepository meetingDays,
      OutboundMessageRepository outbox,
      InvitationSettings settings,
      ConsentPolicy policy,
      Clock clock) {
    this.meetingDays = meetingDays;
    this.outbox = outbox;
    this.settings = settings;
    this.policy = policy;
    this.clock = clock;
  }

  /** Writes the reminders due today; returns how many. */
  public int writeDue() {
    LocalDate today = LocalDate.now(clock.withZone(HELSINKI));
    int written = 0;
    List<ActionItem> due = meetingDays.openActionsOfContactsDueBy(today.plusDays(DAYS_BEFORE));
    // the reminders written before, in one read
    Set<String> existing =
        outbox.idempotencyKeysAmong(due.stream().map(a -> key(a, today)).toList());
    for (ActionItem action : due) {
      if (!stillConsented(action)) {
        continue; // even the case reference is the client's: a withdrawn organisation hears nothing
        // more
      }
      String when = when(action, today);
      String key = key(action, today);
      if (existing.contains(key)) {
        continue;
      }
      outbox.store(message(action, when, key));
      written++;
    }
    return written;
  }

  private static String when(ActionItem action, LocalDate today) {
    return action.dueDate().isBefore(today) ? "OVERDUE" : "BEFORE";
  }

  private static String key(ActionItem action, LocalDate today) {
    return "action:" + action.id() + ":due:" + action.dueDate() + ":" + when(action, today);
  }

  private boolean stillConsented(ActionItem action) {
    return action
        .organisation()
        .map(
            o ->
                policy
                    .decide(
                        action.clientCase().id(), o.id(), InformationCategory.IDENTITY_AND_RELEASE)
                    .allowed())
        .orElse(false);
  }

  private OutboundMessage message(ActionItem action, String when, String key) {
    String reference = action.clientCase().reference();
    String subject =
        MailTexts.finnish(
            "mail.action.subject." + when,
            MailTexts.finnishDates().day(action.dueDate()),
            reference);
    String body =
        MailTexts.stacked(
                "mail.action.intro." + when, dates -> new String[] {dates.day(action.dueDate())})
            + "\n"
            + MailTexts.line("mail.label.case", reference)
            + "\n"
            + MailTexts.line("mail.label.update", settings.link("/actions/index.xhtml"))
            + "\n"
            + MailTexts.noPersonalData();
    DeliveryChannel channel =
        action.organisation().map(o -> o.preferredChannel()).orElse(DeliveryChannel.EMAIL);
    if (channel == DeliveryChannel.WEBHOOK) {
      channel =
          DeliveryChannel.EMAIL; // partner systems take invitations; reminders go to the person
    }
    // the case reference and a date: the client's identity, to the responsible organisation
    return new OutboundMessage(
            null,
            MessageKind.REMINDER,
            channel,
            action.contactPerson().orElseThrow().email(),
            subject,
            body,
            null,
            null,
            key,
            settings.domain(),
            clock.instant())
        .inRegion(action.clientCase().region().id())
        .carrying(
            action.clientCase().id(),
            action.organisation().orElseThrow().id(),
            Set.of(InformationCategory.IDENTITY_AND_RELEASE));
  }
}
