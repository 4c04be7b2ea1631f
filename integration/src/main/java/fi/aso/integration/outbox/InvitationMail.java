package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import fi.aso.application.mail.MailHtml;
import fi.aso.application.mail.MailTexts;
import fi.aso.integration.mail.MailSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * An invitation as an iMIP mail (RFC 6047): a multipart/alternative of the plain text, the same
 * text as HTML ({@link MailHtml}) and the calendar (text/calendar; method=REQUEST, CANCEL or
 * DECLINECOUNTER), plus the same calendar as invite.ics for mail programs that only show
 * attachments. A mail with a calendar comes from the calendar's ORGANIZER (the platform's inbox,
 * also its Reply-To), with a Sender only where a deployment configures one; every mail is marked
 * {@code Auto-Submitted: auto-generated} (RFC 3834), so that out-of-office answers are not sent
 * back to it. The Message-ID is the outbox's, so that a retry is the same message. Headers come
 * only from checked values (the subject has no line breaks; Jakarta Mail encodes non-ASCII per RFC
 * 2047).
 */
final class InvitationMail {

  private static final Session SESSION = Session.getInstance(new Properties());

  private InvitationMail() {}

  static MimeMessage of(Delivery delivery, MailSettings settings) throws MessagingException {
    // a reminder is the invitation again (REQUEST); the others are iTIP methods of their own
    String method =
        switch (delivery.kind()) {
          case CANCEL, DECLINECOUNTER -> delivery.kind().name();
          default -> "REQUEST";
        };
    MimeMessage mail = new FixedIdMessage(SESSION, delivery.messageId());
    if (delivery.calendar() == null) {
      mail.setFrom(new InternetAddress(settings.from()));
    } else {
      InternetAddress organizer = organizer(settings.organizer());
      mail.setFrom(organizer);
      mail.setReplyTo(new InternetAddress[] {organizer});
      if (settings.sender().isPresent()) {
        mail.setSender(new InternetAddress(settings.sender().get(), true));
      }
    }
    mail.setHeader("Auto-Submitted", "auto-generated");
    mail.setRecipient(
        MimeMessage.RecipientType.TO, new InternetAddress(delivery.recipient(), true));
    mail.setSubject(delivery.subject().replaceAll("[\\r\\n]", " "), StandardCharsets.UTF_8.name());
    mail.setHeader(
        "X-ASO-Idempotency-Key", delivery.idempotencyKey().replaceAll("[^\\x21-\\x7e]", "_"));

    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(delivery.body(), StandardCharsets.UTF_8.name());
    alternative.addBodyPart(text);
    MimeBodyPart html = new MimeBodyPart();
    html.setText(MailHtml.of(delivery.body()), StandardCharsets.UTF_8.name(), "html");
    alternative.addBodyPart(html);
    if (delivery.calendar() != null) {
      MimeBodyPart calendar = new MimeBodyPart();
      calendar.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  delivery.calendar().getBytes(StandardCharsets.UTF_8),
                  "text/calendar; charset=UTF-8; method=" + method)));
      calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
      alternative.addBodyPart(calendar);
    }
    MimeBodyPart alternativePart = new MimeBodyPart();
    alternativePart.setContent(alternative);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(alternativePart);
    if (delivery.calendar() != null) {
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  delivery.calendar().getBytes(StandardCharsets.UTF_8),
                  "application/ics; name=invite.ics")));
      attachment.setFileName("invite.ics");
      mixed.addBodyPart(attachment);
    }
    if (delivery.attachment() != null) {
      MimeBodyPart pdf = new MimeBodyPart();
      pdf.setDataHandler(
          new DataHandler(new ByteArrayDataSource(delivery.attachment(), "application/pdf")));
      pdf.setFileName(delivery.attachmentName().replaceAll("[^\\w.-]", "_"));
      mixed.addBodyPart(pdf);
    }
    mail.setContent(mixed);
    mail.saveChanges();
    return mail;
  }

  /** The organizer address with the name its calendars give it (ORGANIZER's CN). */
  private static InternetAddress organizer(String address) throws MessagingException {
    InternetAddress organizer = new InternetAddress(address, true);
    try {
      organizer.setPersonal(
          MailTexts.finnish("mail.invitation.organizer"), StandardCharsets.UTF_8.name());
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    return organizer;
  }

  /** Keeps the outbox's Message-ID: Jakarta Mail would otherwise make a new one on every save. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
