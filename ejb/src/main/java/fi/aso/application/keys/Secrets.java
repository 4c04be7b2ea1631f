package fi.aso.application.keys;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The platform's secrets as its settings give them: the data keys (sealing), the hash keys (keyed
 * hashes and signed links) and the API tokens' secret. Outside a demo every one must be given, and
 * the platform refuses to start naming each that is not: losing a key loses what it sealed, so a
 * key invented at start would only postpone that loss to the next restart.
 *
 * <p>In a demo ({@code aso.demo-data.enabled}) a missing secret is made for this process, and
 * {@link #madeUp()} says which, for a warning.
 */
public final class Secrets {

  public static final String DATA_KEY = "aso.security.data-key";
  public static final String DATA_KEYS_RETIRED = "aso.security.data-keys-retired";
  public static final String HASH_KEY = "aso.security.hash-key";
  public static final String HASH_KEYS_RETIRED = "aso.security.hash-keys-retired";
  public static final String TOKEN_SECRET = "aso.security.token-secret";

  /** The id of a key made up for one process (demo only). */
  static final String PROCESS = "process";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyRing dataKeys;
  private final KeyRing hashKeys;
  private final byte[] tokenSecret;
  private final List<String> madeUp;

  private Secrets(KeyRing dataKeys, KeyRing hashKeys, byte[] tokenSecret, List<String> madeUp) {
    this.dataKeys = dataKeys;
    this.hashKeys = hashKeys;
    this.tokenSecret = tokenSecret;
    this.madeUp = madeUp;
  }

  /** The secrets from settings by name (absent or blank: not set). */
  public static Secrets read(Map<String, String> settings, boolean demo) {
    List<String> missing =
        List.of(DATA_KEY, HASH_KEY, TOKEN_SECRET).stream()
            .filter(name -> blank(settings.get(name)))
            .toList();
    if (!demo && !missing.isEmpty()) {
      throw new KeyProblem(
          "The platform does not start without its secrets; not set: "
              + missing.stream().map(KeyProblem::named).collect(Collectors.joining(", "))
              + ". A key is 32 random bytes in Base64 (`openssl rand -base64 32`), the token"
              + " secret at least 32 characters; see README, Configuration.");
    }
    KeyRing data = ring(settings, DATA_KEY, DATA_KEYS_RETIRED, demo);
    KeyRing hash = ring(settings, HASH_KEY, HASH_KEYS_RETIRED, demo);
    if (Arrays.equals(data.current(), hash.current())) {
      throw new KeyProblem(HASH_KEY, "must not be the same key as " + KeyProblem.named(DATA_KEY));
    }
    byte[] token =
        blank(settings.get(TOKEN_SECRET)) ? random() : tokenSecret(settings.get(TOKEN_SECRET));
    return new Secrets(data, hash, token, missing);
  }

  /**
   * The keys of one purpose, current and retired (the rotation command needs only these). Not set
   * at all: a key for this process, which only a demo may have.
   */
  public static KeyRing ring(
      Map<String, String> settings, String current, String retired, boolean demo) {
    String written = settings.get(current);
    if (blank(written)) {
      if (!demo) {
        throw new KeyProblem(current, "is not set");
      }
      if (!blank(settings.get(retired))) {
        throw new KeyProblem(current, "is not set, but " + KeyProblem.named(retired) + " is");
      }
      return KeyRing.of(PROCESS, random());
    }
    return KeyRing.parse(current, written, retired, settings.get(retired));
  }

  /** The API tokens' HMAC secret: its UTF-8 bytes, at least 32 of them. */
  public static byte[] tokenSecret(String written) {
    byte[] secret = written.getBytes(StandardCharsets.UTF_8);
    if (secret.length < KeyRing.KEY_BYTES) {
      throw new KeyProblem(TOKEN_SECRET, "must be at least " + KeyRing.KEY_BYTES + " bytes");
    }
    return secret;
  }

  public KeyRing dataKeys() {
    return dataKeys;
  }

  public KeyRing hashKeys() {
    return hashKeys;
  }

  public byte[] tokenSecret() {
    return tokenSecret.clone();
  }

  /** The settings that were missing and made up for this process (a demo only). */
  public List<String> madeUp() {
    return madeUp;
  }

  private static byte[] random() {
    byte[] key = new byte[KeyRing.KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
