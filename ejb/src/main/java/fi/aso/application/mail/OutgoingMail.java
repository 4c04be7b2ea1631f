package fi.aso.application.mail;

import fi.aso.domain.Refusal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plain-text mail. Header values are checked here, once, so that nothing a user typed can inject
 * a header (CR/LF) on any path that sends mail.
 */
public record OutgoingMail(String to, String subject, String body) {

  private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+");

  public OutgoingMail {
    Objects.requireNonNull(body, "body");
    if (to == null || !ADDRESS.matcher(to).matches()) {
      throw new Refusal("outgoingMail.address", "not a single e-mail address: " + safe(to));
    }
    if (subject == null || subject.isBlank()) {
      throw new Refusal("outgoingMail.subject", "subject is required");
    }
    if (subject.chars().anyMatch(c -> c == '\r' || c == '\n' || Character.isISOControl(c))) {
      throw new Refusal(
          "outgoingMail.header", "subject must be a single line without control characters");
    }
  }

  private static String safe(String value) {
    return value == null ? "null" : value.replaceAll("\\p{Cntrl}", "?");
  }
}
