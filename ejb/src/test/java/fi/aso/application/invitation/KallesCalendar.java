package fi.aso.application.invitation;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** What Kalle's calendar program sends back to an invitation: a REPLY or a COUNTER proposal. */
final class KallesCalendar {

  private KallesCalendar() {}

  /** An acceptance of the event at {@code start} (a reply names no end). */
  static String accepts(String uid, Instant start) {
    return write(Method.reply(), uid, start, null, ParticipationStatus.ACCEPTED);
  }

  /** A proposal of another time, {@code start} for 45 minutes, answered tentatively. */
  static String proposes(String uid, Instant start) {
    return write(
        Method.counter(), uid, start, Duration.ofMinutes(45), ParticipationStatus.TENTATIVE);
  }

  private static String write(
      Method method, String uid, Instant start, Duration length, ParticipationStatus status) {
    ICalendar calendar = new ICalendar();
    calendar.setMethod(method);
    VEvent event = new VEvent();
    event.setUid(uid);
    event.setSequence(0);
    event.setDateStart(Date.from(start));
    if (length != null) {
      event.setDateEnd(Date.from(start.plus(length)));
    }
    Attendee who = new Attendee("Kalle Kodit", "kalle@kodit.test");
    who.setParticipationStatus(status);
    event.addAttendee(who);
    calendar.addEvent(event);
    return Biweekly.write(calendar).go();
  }
}
