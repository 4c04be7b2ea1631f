package fi.aso.application.clientcase;

import fi.aso.domain.clientcase.PersonalIdentityCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the most sensitive data out of the database in the clear. Personal identity codes: a keyed
 * hash (HMAC-SHA256) finds the same person twice without revealing the code, and AES-256-GCM keeps
 * a copy that only the platform's key opens. Documents (scanned consent forms) are sealed with
 * AES-256-GCM the same way. The key comes from {@code aso.security.data-key} (32 bytes, Base64);
 * losing it makes the encrypted copies unreadable, so production keeps it in a vault.
 */
@ApplicationScoped
public class DataProtection {

  private static final Logger LOG = Logger.getLogger(DataProtection.class.getName());
  private static final int IV_BYTES = 12;

  @Inject
  @ConfigProperty(name = "aso.security.data-key")
  Optional<String> configuredKey;

  private SecretKeySpec encryptionKey;
  private SecretKeySpec hashKey;

  @PostConstruct
  void initialise() {
    useKey(configuredKey.orElse(null));
  }

  /** Sets the key (Base64 of 32 bytes); none makes a random key for this process. */
  public void useKey(String base64Key) {
    byte[] key;
    if (base64Key == null || base64Key.isBlank()) {
      LOG.warning(
          "aso.security.data-key is not set: identity codes are protected with a key for this process only");
      key = new byte[32];
      new SecureRandom().nextBytes(key);
    } else {
      key = Base64.getDecoder().decode(base64Key.strip());
      if (key.length != 32) {
        throw new IllegalStateException("aso.security.data-key must be 32 bytes in Base64");
      }
    }
    encryptionKey = new SecretKeySpec(key, "AES");
    hashKey = new SecretKeySpec(key, "HmacSHA256");
  }

  public String keyedHash(PersonalIdentityCode code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      return HexFormat.of()
          .formatHex(mac.doFinal(code.reveal().getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A keyed signature of a value for one purpose (e.g. "join-link"), URL-safe: links that must not
   * be guessable or forged but need no stored secret of their own.
   */
  public String signature(String purpose, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(hashKey);
      byte[] full = mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 18));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String encrypt(PersonalIdentityCode code) {
    return Base64.getEncoder()
        .encodeToString(seal(code.reveal().getBytes(StandardCharsets.US_ASCII)));
  }

  /** The SHA-256 of some bytes, in hex: a document's fingerprint. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Seals bytes (a document) with AES-256-GCM: random IV first, then ciphertext and tag. */
  public byte[] seal(byte[] plain) {
    try {
      byte[] iv = new byte[IV_BYTES];
      new SecureRandom().nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens what {@link #seal} sealed; fails if it was altered or sealed with another key. */
  public byte[] open(byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, sealed, 0, IV_BYTES));
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a sealed document could not be opened with this key", e);
    }
  }

  public PersonalIdentityCode decrypt(String stored) {
    return PersonalIdentityCode.parse(
        new String(open(Base64.getDecoder().decode(stored)), StandardCharsets.US_ASCII));
  }
}
