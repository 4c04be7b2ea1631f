package fi.aso.domain.staff;

import java.util.HashMap;
import java.util.Map;

/**
 * Parameters of the slow, salted password hash (PBKDF2 with HMAC-SHA512, as Jakarta Security's
 * {@code Pbkdf2PasswordHash}). One place, used by the identity store that verifies and by the code
 * that sets passwords, so the two can never disagree. 210 000 iterations follows OWASP's current
 * advice for PBKDF2-HMAC-SHA512.
 */
public final class PasswordHashing {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=64";

  private PasswordHashing() {}

  /** The parameters in the map form {@code Pbkdf2PasswordHash.initialize} takes. */
  public static Map<String, String> parameters() {
    var map = new HashMap<String, String>();
    for (String p : new String[] {ALGORITHM, ITERATIONS, SALT_BYTES, KEY_BYTES}) {
      int eq = p.indexOf('=');
      map.put(p.substring(0, eq), p.substring(eq + 1));
    }
    return map;
  }
}
