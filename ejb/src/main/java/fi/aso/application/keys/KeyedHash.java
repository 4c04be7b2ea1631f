package fi.aso.application.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a key of its own, never the sealing key: finding the same identity code twice
 * without storing it, and signing the links the platform mails out. A stored hash is {@code <key
 * id>:<hex>}; one made before key ids is plain hex, under the key {@value KeyRing#LEGACY}.
 *
 * <p>What was hashed under a retired key is still recognised ({@link #candidates}), so a rotation
 * can run while the platform works; it re-hashes identity codes from their sealed copies.
 */
public final class KeyedHash {

  private final KeyRing keys;

  public KeyedHash(KeyRing keys) {
    this.keys = keys;
  }

  public String currentKeyId() {
    return keys.currentId();
  }

  /** The stored form of a value's hash under the current key. */
  public String hash(String value) {
    return keys.currentId() + ":" + hex(keys.current(), value);
  }

  /** The stored forms the value's hash may have under any key of the ring, the current first. */
  public List<String> candidates(String value) {
    List<String> all = new ArrayList<>();
    for (String id : keys.ids()) {
      String hex = hex(keys.find(id).orElseThrow(), value);
      all.add(id + ":" + hex);
      if (id.equals(KeyRing.LEGACY)) {
        all.add(hex);
      }
    }
    return all;
  }

  /** Under which key a stored hash was made. */
  public static String keyIdOf(String stored) {
    int colon = stored.indexOf(':');
    return colon < 0 ? KeyRing.LEGACY : stored.substring(0, colon);
  }

  /** How every hash stored under a key starts. */
  public static String prefix(String keyId) {
    return keyId + ":";
  }

  /** A short URL-safe signature of a value for one purpose ("join-link"), under the current key. */
  public String signature(String purpose, String value) {
    return signature(keys.current(), purpose + ":" + value);
  }

  /**
   * Short URL-safe signatures of a value for one purpose ("join-link") under every key, the current
   * first: links signed before a rotation keep working while the retired key is configured.
   */
  public List<String> signatures(String purpose, String value) {
    return keys.ids().stream()
        .map(id -> signature(keys.find(id).orElseThrow(), purpose + ":" + value))
        .toList();
  }

  private static String signature(byte[] key, String text) {
    byte[] full = mac(key, text);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 18));
  }

  private static String hex(byte[] key, String value) {
    return HexFormat.of().formatHex(mac(key, value));
  }

  private static byte[] mac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
