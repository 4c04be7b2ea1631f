package fi.aso.integration.inbox;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

/** Mails as invitees' mail and calendar programs send them back to the platform's inbox. */
final class ReplyMails {

  static final String INBOX = "aso@aso.example.fi";

  private ReplyMails() {}

  /**
   * A REPLY as a partner's calendar program writes it (biweekly, not the library that wrote the
   * invitation); like Outlook.com's, it has no ORGANIZER.
   */
  static String biweeklyReply(
      String uid, Instant start, String attendee, ParticipationStatus status) {
    ICalendar calendar = new ICalendar();
    calendar.setMethod(Method.reply());
    VEvent event = new VEvent();
    event.setUid(uid);
    event.setSequence(0);
    event.setDateStart(java.util.Date.from(start));
    Attendee who = new Attendee("Kalle Kodit", attendee);
    who.setParticipationStatus(status);
    event.addAttendee(who);
    calendar.addEvent(event);
    return Biweekly.write(calendar).go();
  }

  /** A mail with a text part and the calendar reply as an alternative, as calendar programs do. */
  static MimeMessage calendarReply(String messageId, String from, String calendar)
      throws Exception {
    MimeMessage message = message(messageId, from, "Hyväksytty: ASO-kokous");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Kalle Kodit on vastannut kutsuun.", "UTF-8");
    alternative.addBodyPart(text);
    MimeBodyPart ics = new MimeBodyPart();
    ics.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                calendar.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=REPLY")));
    alternative.addBodyPart(ics);
    message.setContent(alternative);
    message.saveChanges();
    message.setHeader("Message-ID", messageId);
    return message;
  }

  static MimeMessage plain(String messageId, String from, String text) throws Exception {
    MimeMessage message = message(messageId, from, "Re: ASO-kokous");
    message.setText(text, "UTF-8");
    message.saveChanges();
    message.setHeader("Message-ID", messageId);
    return message;
  }

  private static MimeMessage message(String messageId, String from, String subject)
      throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(INBOX));
    message.setSubject(subject, "UTF-8");
    return message;
  }
}
