package fi.aso.integration.inbox;

import fi.aso.domain.invitation.ReplySender;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the platform takes from a mail in its inbox: ids, who sent it (the addresses of every From
 * and Sender header, display names left out), the calendar part, the whole text.
 */
record ReplyMail(String messageId, ReplySender sender, String calendar, String raw) {

  /** Mails larger than this are kept truncated; calendar replies are a few kilobytes. */
  static final int MAX_BYTES = 1_000_000;

  static ReplyMail of(Message message) throws MessagingException, IOException {
    String messageId = message instanceof MimeMessage mime ? mime.getMessageID() : null;
    ReplySender sender = new ReplySender(addresses(message, "From"), addresses(message, "Sender"));
    return new ReplyMail(messageId, sender, calendarOf(message, 0), raw(message));
  }

  /**
   * The addresses of every header of this name. A header that cannot be parsed is passed as its raw
   * text (never equal to an address), so the mail is kept rather than the poll failing on it.
   */
  static List<String> addresses(Part part, String header) throws MessagingException {
    String[] values = part.getHeader(header);
    if (values == null) {
      return List.of();
    }
    List<String> addresses = new ArrayList<>();
    for (String value : values) {
      try {
        for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
          addresses.add(address.getAddress() == null ? "" : address.getAddress());
        }
      } catch (AddressException e) {
        addresses.add(value);
      }
    }
    return addresses;
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
