package fi.aso.domain.meeting;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why an invitee is no longer on a slot. Stored by its name and said in words per language ({@code
 * meeting.invitee.removed.<name>} in the bundles); rows written before the codes hold the English
 * sentence the code wrote then, which is read as its code.
 */
public enum RemovalReason {
  /** The chair took the invitee off. */
  BY_CHAIR("removed by the chair"),
  /** The client's consent no longer names the invitee's organisation. */
  CONSENT_WITHDRAWN("consent withdrawn"),
  /** The client does not attend the meeting themselves (their own invitation goes). */
  CLIENT_NOT_ATTENDING("the client does not attend"),
  /** A stored reason this version does not know. */
  OTHER("");

  private final String formerText;

  RemovalReason(String formerText) {
    this.formerText = formerText;
  }

  /** The reason a stored value stands for: a name, or the sentence older rows hold. */
  public static Optional<RemovalReason> of(String stored) {
    if (stored == null) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(values())
            .filter(r -> r.name().equals(stored) || r.formerText.equals(stored))
            .filter(r -> r != OTHER)
            .findFirst()
            .orElse(OTHER));
  }
}
