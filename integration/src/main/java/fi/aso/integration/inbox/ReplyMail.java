package fi.aso.integration.inbox;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What the platform takes from a mail in its inbox: ids, sender, the calendar part, the whole text.
 */
record ReplyMail(String messageId, String from, String calendar, String raw) {

  /** Mails larger than this are kept truncated; calendar replies are a few kilobytes. */
  static final int MAX_BYTES = 1_000_000;

  static ReplyMail of(Message message) throws MessagingException, IOException {
    String messageId = message instanceof MimeMessage mime ? mime.getMessageID() : null;
    String from =
        message.getFrom() == null || message.getFrom().length == 0
            ? null
            : message.getFrom()[0] instanceof InternetAddress a
                ? a.getAddress()
                : message.getFrom()[0].toString();
    return new ReplyMail(messageId, from, calendarOf(message, 0), raw(message));
  }

  /** The first text/calendar (or .ics) part, searched through nested multiparts. */
  private static String calendarOf(Part part, int depth) throws MessagingException, IOException {
    if (depth > 5) {
      return null;
    }
    if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
      return read(part.getInputStream());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = calendarOf(child, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String raw(Message message) throws MessagingException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    byte[] bytes = out.toByteArray();
    return new String(bytes, 0, Math.min(bytes.length, MAX_BYTES), StandardCharsets.UTF_8);
  }

  private static String read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
