package fi.aso.domain.invitation;

import fi.aso.domain.consent.Disclosure;

/**
 * Why a message was not sent, decided at the moment it would have been: the texts are in the page
 * bundle ({@code delivery.superseded.<name>}) and, in English, here for the API and logs.
 */
public enum SupersededReason {
  /** The consent was withdrawn, or a new version leaves the organisation out. */
  CONSENT_WITHDRAWN("the client's consent no longer names this organisation"),
  CONSENT_EXPIRED("the client's consent has expired"),
  NO_CONSENT("the client has no consent in force"),
  CATEGORY_NOT_GRANTED("the client's consent no longer covers what the message carries"),
  /** A CANCEL whose invitation never reached the recipient: there is nothing to take back. */
  NOTHING_TO_CANCEL("nothing was sent to cancel"),
  /** A REQUEST after which its invitation was changed or cancelled again before it went out. */
  REPLACED("a later message of the same invitation replaces it");

  private final String words;

  SupersededReason(String words) {
    this.words = words;
  }

  /** In English, for the API and logs. */
  public String words() {
    return words;
  }

  /** The consent rule's refusal as a reason not to send. */
  public static SupersededReason of(Disclosure.Reason refusal) {
    return switch (refusal) {
      case WITHDRAWN, NOT_NAMED -> CONSENT_WITHDRAWN;
      case EXPIRED -> CONSENT_EXPIRED;
      case NO_CONSENT -> NO_CONSENT;
      case CATEGORY_NOT_GRANTED -> CATEGORY_NOT_GRANTED;
      case NONE -> throw new IllegalArgumentException("an allowed disclosure is no reason");
    };
  }
}
