package fi.aso.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stored form of a secret link token (consent links, set-password links, calendar feeds): its
 * SHA-256 in hex. The token itself is never stored, so the database cannot be read for live links.
 */
public final class TokenHash {

  private TokenHash() {}

  public static String of(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
