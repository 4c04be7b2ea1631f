package fi.aso.domain.consent;

import java.util.Objects;
import java.util.Optional;

/** The consent rule's answer: allowed (under which consent version) or refused (and why). */
public record Disclosure(boolean allowed, Reason reason, Integer consentVersion) {

  /** Why a disclosure is refused. */
  public enum Reason {
    NONE,
    NO_CONSENT,
    EXPIRED,
    WITHDRAWN,
    NOT_NAMED,
    CATEGORY_NOT_GRANTED
  }

  public Disclosure {
    Objects.requireNonNull(reason, "reason");
  }

  static Disclosure allowed(int consentVersion) {
    return new Disclosure(true, Reason.NONE, consentVersion);
  }

  static Disclosure refused(Reason reason) {
    return new Disclosure(false, reason, null);
  }

  public Optional<Integer> version() {
    return Optional.ofNullable(consentVersion);
  }
}
