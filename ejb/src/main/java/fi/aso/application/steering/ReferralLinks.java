package fi.aso.application.steering;

import fi.aso.application.links.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The answer links in a referral's mails ({@code /referral-answer/<token>}): the referral and the
 * contact person the mail went to, signed with an expiry (see {@link SignedTokens}). The contact
 * person is in the signature's purpose, so a link works only for the person it was mailed to, and
 * stops working when that person leaves the provider's contact persons. A token is {@code <contact
 * id>-<signed referral token>}: letters, digits, {@code -} and {@code _} only.
 */
@ApplicationScoped
public class ReferralLinks {

  private static final String PURPOSE = "referral-answer:";

  /**
   * A link works for 90 days from its mail: long enough to accept, decline and say that the service
   * started (a reminder brings a fresh one), not a key kept for ever in an old inbox. Ending a long
   * service months later is done signed in on the referrals page.
   */
  static final Duration VALID = Duration.ofDays(90);

  /** Longer than any token this class makes; anything longer is refused before any work. */
  private static final int MAX_LENGTH = 100;

  @Inject SignedTokens tokens;

  public ReferralLinks() {}

  /** For tests outside the container. */
  public ReferralLinks(SignedTokens tokens) {
    this.tokens = tokens;
  }

  /** What a link turned out to be; the ids mean something only when {@link #isValid()}. */
  public record Checked(SignedTokens.Status status, long referralId, long contactId) {

    static final Checked INVALID = new Checked(SignedTokens.Status.INVALID, 0, 0);

    public boolean isValid() {
      return status == SignedTokens.Status.VALID;
    }
  }

  /** A token for the contact person's answers to the referral, mailed at {@code mailed}. */
  public String tokenFor(long referralId, long contactId, Instant mailed) {
    return contactId + "-" + tokens.issue(PURPOSE + contactId, referralId, mailed.plus(VALID));
  }

  /** The referral and contact person of a token, when it is genuine (and whether it expired). */
  public Checked check(String token) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Checked.INVALID;
    }
    String[] parts = token.split("-", 2);
    if (parts.length < 2 || !parts[0].matches("[1-9][0-9]{0,17}")) {
      return Checked.INVALID;
    }
    long contactId = Long.parseLong(parts[0]);
    SignedTokens.Verified verified = tokens.verify(PURPOSE + contactId, parts[1]);
    return verified.status() == SignedTokens.Status.INVALID
        ? Checked.INVALID
        : new Checked(verified.status(), verified.id(), contactId);
  }
}
