package fi.aso.application.invitation;

import fi.aso.application.meeting.JoinLinks;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.InvitationRepository;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.invitation.OutboundMessageRepository;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.organisation.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * A reminder the working day before (Friday for a Monday meeting), from 8 o'clock Finnish time, to
 * every invitee whose invitation is still on. Each reminder is written to the outbox once per
 * invitation version (its idempotency key), however many nodes run this, however often. Public
 * holidays are not known to the platform and count as working days.
 */
@Stateless
public class Reminders {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final int FROM_HOUR = 8;

  @Inject InvitationRepository invitations;
  @Inject OutboundMessageRepository outbox;
  @Inject OrganisationRepository organisations;

  @Inject InvitationSettings settings;
  @Inject JoinLinks joinLinks;
  @Inject AnswerLinks answerLinks;

  Clock clock = Clock.systemUTC();

  public Reminders() {}

  /** For tests outside the container. */
  public Reminders(
      InvitationRepository invitations,
      OutboundMessageRepository outbox,
      OrganisationRepository organisations,
      InvitationSettings settings,
      JoinLinks joinLinks,
      AnswerLinks answerLinks,
      Clock clock) {
    this.invitations = invitations;
    this.outbox = outbox;
    this.organisations = organisations;
    this.settings = settings;
    this.joinLinks = joinLinks;
    this.answerLinks = answerLinks;
    this.clock = clock;
  }

  /** Writes the reminders due now; returns how many were written. */
  public int writeDue() {
    ZonedDateTime now = clock.instant().atZone(HELSINKI);
    if (!isWorkingDay(now.toLocalDate()) || now.getHour() < FROM_HOUR) {
      return 0;
    }
    LocalDate meetingDay = nextWorkingDay(now.toLocalDate());
    Instant from = meetingDay.atStartOfDay(HELSINKI).toInstant();
    Instant to = meetingDay.plusDays(1).atStartOfDay(HELSINKI).toInstant();
    int written = 0;
    List<Invitation> due = invitations.activeStartingBetween(from, to);
    // which reminders exist already, in one read (the key is per invitation version)
    Set<String> existing =
        outbox.idempotencyKeysAmong(due.stream().map(Reminders::reminderKey).toList());
    for (Invitation invitation : due) {
      if (invitation.invitee().isEmpty() || existing.contains(reminderKey(invitation))) {
        continue;
      }
      ClientSlot slot = invitation.invitee().get().slot();
      outbox.store(
          new InvitationMessages(organisations, settings, joinLinks, answerLinks)
              .write(
                  invitation, slot, MessageKind.REMINDER, invitation.sequence(), clock.instant()));
      written++;
    }
    return written;
  }

  private static String reminderKey(Invitation invitation) {
    return InvitationMessages.idempotencyKey(
        invitation, MessageKind.REMINDER, invitation.sequence());
  }

  static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  public static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
