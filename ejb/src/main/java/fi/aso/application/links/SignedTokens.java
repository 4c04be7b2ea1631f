package fi.aso.application.links;

import fi.aso.application.clientcase.DataProtection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * The tokens in the links the platform mails out ({@code /answer/<token>}, {@code /join/<token>}):
 * an id and an expiry time, signed with the platform's key for one purpose. They cannot be guessed
 * or altered, need no stored secret, are worthless for any other purpose, and stop working when
 * they expire. A token is {@code <id>-<expiry, epoch seconds in base 36>-<signature>}: only
 * letters, digits, {@code -} and {@code _}, so it survives mail clients and the servlets' filter.
 */
@ApplicationScoped
public class SignedTokens {

  /** Longer than any token this class makes; anything longer is refused before any work. */
  private static final int MAX_LENGTH = 80;

  @Inject DataProtection protection;

  Clock clock = Clock.systemUTC();

  public SignedTokens() {}

  /** For tests outside the container. */
  public SignedTokens(DataProtection protection, Clock clock) {
    this.protection = protection;
    this.clock = clock;
  }

  /** What a token turned out to be. */
  public enum Status {
    VALID,
    /** Genuine, but past its expiry. */
    EXPIRED,
    /** Unknown, altered, or made for another purpose. */
    INVALID
  }

  /** The outcome of checking a token; the id means something only when {@link #isValid()}. */
  public record Verified(Status status, long id) {

    static final Verified INVALID = new Verified(Status.INVALID, 0);

    public boolean isValid() {
      return status == Status.VALID;
    }
  }

  public String issue(String purpose, long id, Instant expires) {
    String body = body(id, expires);
    return body + "-" + protection.signature(purpose, body);
  }

  private static String body(long id, Instant expires) {
    return id + "-" + Long.toString(expires.getEpochSecond(), Character.MAX_RADIX);
  }

  /** Checks the signature in constant time, then the expiry against the clock. */
  public Verified verify(String purpose, String token) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Verified.INVALID;
    }
    String[] parts = token.split("-", 3);
    if (parts.length < 3) {
      return Verified.INVALID;
    }
    long id;
    Instant expires;
    try {
      id = Long.parseLong(parts[0]);
      expires = Instant.ofEpochSecond(Long.parseLong(parts[1], Character.MAX_RADIX));
    } catch (NumberFormatException | DateTimeException e) {
      return Verified.INVALID;
    }
    // the whole token is compared, so a number written another way ("+7", "007") is refused too;
    // a link signed under a retired hash key counts while that key is configured
    String body = body(id, expires);
    byte[] given = token.getBytes(StandardCharsets.US_ASCII);
    if (protection.signatures(purpose, body).stream()
        .noneMatch(
            s ->
                MessageDigest.isEqual(
                    (body + "-" + s).getBytes(StandardCharsets.US_ASCII), given))) {
      return Verified.INVALID;
    }
    return clock.instant().isAfter(expires)
        ? new Verified(Status.EXPIRED, id)
        : new Verified(Status.VALID, id);
  }
}
