package fi.aso.domain.meeting.scheduling;

import fi.aso.domain.Refusal;
import java.time.Duration;
import java.util.List;

/**
 * Argument checks shared by the request records. Everything fails with a {@link Refusal} of code
 * {@value #CODE} (never a bare NullPointerException) so callers can turn any bad input into one
 * user-facing validation message.
 */
final class Require {

  /** The code of every refused slot-finder request. */
  static final String CODE = "slotFinder.request";

  private Require() {}

  /** A refused request, saying why in English. */
  static Refusal invalid(String why) {
    return new Refusal(CODE, why);
  }

  static String key(String value, String what) {
    if (value == null || value.isBlank()) {
      throw invalid(what + " must not be blank");
    }
    return value;
  }

  static <T> T present(T value, String what) {
    if (value == null) {
      throw invalid(what + " is required");
    }
    return value;
  }

  static Duration positive(Duration value, String what) {
    present(value, what);
    if (value.isNegative() || value.isZero()) {
      throw invalid(what + " must be positive, was " + value);
    }
    return value;
  }

  /** An immutable copy; null lists and null elements are input errors, not programming errors. */
  static <T> List<T> list(List<T> values, String what) {
    present(values, what);
    for (T value : values) {
      present(value, "every element of " + what);
    }
    return List.copyOf(values);
  }
}
