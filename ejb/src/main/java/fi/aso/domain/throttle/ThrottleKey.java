package fi.aso.domain.throttle;

import java.util.Objects;

/**
 * What failed guesses are counted against: an account name as typed at sign-in, or a client address
 * (also: feedback sent from an address). The subject is kept as given (cut to {@link #MAX_SUBJECT}
 * characters: anyone can type a name that long, and two names alike in their first 200 characters
 * may share one count).
 */
public record ThrottleKey(Kind kind, String subject) {

  public static final int MAX_SUBJECT = 200;

  /** The kinds of count; each has its own {@link ThrottlePolicy}. */
  public enum Kind {
    SIGN_IN_ACCOUNT,
    SIGN_IN_ADDRESS,
    CONSENT_ADDRESS,
    /** Accessibility feedback mailed to a region's administrators, per client address. */
    FEEDBACK_ADDRESS
  }

  public ThrottleKey {
    Objects.requireNonNull(kind, "kind");
    subject = subject == null || subject.isEmpty() ? "unknown" : subject;
    if (subject.length() > MAX_SUBJECT) {
      subject = subject.substring(0, MAX_SUBJECT);
    }
  }
}
