package fi.aso.application.clientcase;

import fi.aso.application.keys.KeyRing;
import fi.aso.application.keys.KeyedHash;
import fi.aso.application.keys.PlatformSecrets;
import fi.aso.application.keys.Sealing;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Keeps the most sensitive data out of the database in the clear. Personal identity codes: a keyed
 * hash (HMAC-SHA256) finds the same person twice without revealing the code, and AES-256-GCM keeps
 * a copy that only the platform's key opens. Documents (scanned consent forms), webhook keys and
 * kept mails are sealed with AES-256-GCM the same way. Sealing and hashing have keys of their own
 * ({@code aso.security.data-key}, {@code aso.security.hash-key}), each with an id stored beside
 * what it made, so that either can be rotated ({@code fi.aso.infrastructure.keys.RotateKeys}).
 */
@ApplicationScoped
public class DataProtection {

  @Inject PlatformSecrets secrets;

  private Sealing sealing;
  private KeyedHash hashing;

  public DataProtection() {}

  /** For tests and the rotation command, outside the container. */
  public DataProtection(KeyRing dataKeys, KeyRing hashKeys) {
    use(dataKeys, hashKeys);
  }

  @PostConstruct
  void initialise() {
    use(secrets.get().dataKeys(), secrets.get().hashKeys());
  }

  private void use(KeyRing dataKeys, KeyRing hashKeys) {
    sealing = new Sealing(dataKeys);
    hashing = new KeyedHash(hashKeys);
  }

  /** The stored form of the code's keyed hash, under the current hash key. */
  public String keyedHash(PersonalIdentityCode code) {
    return hashing.hash(code.reveal());
  }

  /** Every stored form the code's hash may have (current and retired hash keys). */
  public List<String> keyedHashes(PersonalIdentityCode code) {
    return hashing.candidates(code.reveal());
  }

  /**
   * A keyed signature of a value for one purpose (e.g. "join-link"), URL-safe: links that must not
   * be guessable or forged but need no stored secret of their own.
   */
  public String signature(String purpose, String value) {
    return hashing.signature(purpose, value);
  }

  /** The signatures a genuine link may carry: the current hash key's first, then retired ones'. */
  public List<String> signatures(String purpose, String value) {
    return hashing.signatures(purpose, value);
  }

  public String encrypt(PersonalIdentityCode code) {
    return Base64.getEncoder()
        .encodeToString(seal(code.reveal().getBytes(StandardCharsets.US_ASCII)));
  }

  public PersonalIdentityCode decrypt(String stored) {
    return PersonalIdentityCode.parse(
        new String(open(Base64.getDecoder().decode(stored)), StandardCharsets.US_ASCII));
  }

  /** The SHA-256 of some bytes, in hex: a document's fingerprint. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Seals bytes (a document) under the current data key. */
  public byte[] seal(byte[] plain) {
    return sealing.seal(plain);
  }

  /** Opens what {@link #seal} sealed; fails if it was altered or its key is not configured. */
  public byte[] open(byte[] sealed) {
    return sealing.open(sealed);
  }
}
