package fi.aso.application.invitation;

import fi.aso.application.meeting.JoinLinks;
import fi.aso.domain.invitation.Invitation;
import fi.aso.domain.invitation.MessageKind;
import fi.aso.domain.meeting.ClientSlot;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A reminder the working day before (Friday for a Monday meeting), from 8 o'clock Finnish time,
 * to every invitee whose invitation is still on. Each reminder is written to the outbox once per
 * invitation version (its idempotency key), however many nodes run this, however often.
 * Public holidays are not known to the platform and count as working days.
 */
@Stateless
public class Reminders {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final int FROM_HOUR = 8;

  @PersistenceContext(unitName = "aso")
  EntityManager em;

  @Inject InvitationSettings settings;
  @Inject JoinLinks joinLinks;
  @Inject AnswerLinks answerLinks;

  Clock clock = Clock.systemUTC();

  public Reminders() {}

  /** For tests outside the container. */
  public Reminders(EntityManager em, InvitationSettings settings, JoinLinks joinLinks, AnswerLinks answerLinks, Clock clock) {
    this.em = em;
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
    for (Invitation invitation : em.createQuery(
            "select i from Invitation i where i.state = 'ACTIVE' and i.sentStart >= :from and i.sentStart < :to", Invitation.class)
        .setParameter("from", from.atOffset(java.time.ZoneOffset.UTC))
        .setParameter("to", to.atOffset(java.time.ZoneOffset.UTC))
        .getResultList()) {
      if (invitation.invitee().isEmpty() || alreadyWritten(invitation)) {
        continue;
      }
      ClientSlot slot = invitation.invitee().get().slot();
      em.persist(new InvitationMessages(em, settings, joinLinks, answerLinks)
          .write(invitation, slot, MessageKind.REMINDER, invitation.sequence(), clock.instant()));
      written++;
    }
    return written;
  }

  private boolean alreadyWritten(Invitation invitation) {
    return !em.createQuery("select m.id from OutboundMessage m where m.idempotencyKey = :key", Long.class)
        .setParameter("key", InvitationMessages.idempotencyKey(invitation, MessageKind.REMINDER, invitation.sequence()))
        .getResultList().isEmpty();
  }

  static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
