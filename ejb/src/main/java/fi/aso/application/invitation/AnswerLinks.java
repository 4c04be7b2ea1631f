package fi.aso.application.invitation;

import fi.aso.application.links.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The accept/decline links in an invitation mail: the invitation's id, signed and with an expiry
 * (see {@link SignedTokens}), so they cannot be guessed or altered and reveal nothing when
 * followed.
 */
@ApplicationScoped
public class AnswerLinks {

  private static final String PURPOSE = "invitation-answer";

  /**
   * An answer link works until a week after the slot it was sent for: a partner who answers late,
   * or after the chair moved the meeting by a day or two, is still heard (the answer changes
   * nothing but their own reply), while a mail found in an old inbox long after is no key to
   * anything. A moved or renewed invitation brings a new link with a new expiry.
   */
  static final Duration VALID_AFTER_SLOT = Duration.ofDays(7);

  @Inject SignedTokens tokens;

  public AnswerLinks() {}

  /** For tests outside the container. */
  public AnswerLinks(SignedTokens tokens) {
    this.tokens = tokens;
  }

  /** A token for answering an invitation to a slot that ends at {@code slotEnds}. */
  public String tokenFor(long invitationId, Instant slotEnds) {
    return tokens.issue(PURPOSE, invitationId, slotEnds.plus(VALID_AFTER_SLOT));
  }

  /** The invitation of a token, when it is genuine, an answer token, and not expired. */
  public SignedTokens.Verified check(String token) {
    return tokens.verify(PURPOSE, token);
  }
}
