package fi.aso.application.invitation;

import fi.aso.application.clientcase.DataProtection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The accept/decline links in an invitation mail: the invitation's id with a keyed signature, so
 * they cannot be guessed or altered, need no stored secret, and reveal nothing when followed.
 */
@ApplicationScoped
public class AnswerLinks {

  private static final String PURPOSE = "invitation-answer";

  @Inject DataProtection protection;

  public AnswerLinks() {}

  /** For tests outside the container. */
  public AnswerLinks(DataProtection protection) {
    this.protection = protection;
  }

  public String tokenFor(long invitationId) {
    return invitationId + "-" + protection.signature(PURPOSE, String.valueOf(invitationId));
  }

  public Optional<Long> invitationOf(String token) {
    if (token == null || token.length() > 80 || token.indexOf('-') < 1) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(token.substring(0, token.indexOf('-')));
      return MessageDigest.isEqual(
              tokenFor(id).getBytes(StandardCharsets.US_ASCII),
              token.getBytes(StandardCharsets.US_ASCII))
          ? Optional.of(id)
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
