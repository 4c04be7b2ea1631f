package fi.aso.application.clientcase;

import fi.aso.domain.clientcase.PersonalIdentityCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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
 * Keeps personal identity codes out of the database in the clear: a keyed hash (HMAC-SHA256)
 * finds the same person twice without revealing the code, and AES-256-GCM keeps a copy that
 * only the platform's key opens. The key comes from {@code aso.security.data-key} (32 bytes,
 * Base64); losing it makes the encrypted copies unreadable, so production keeps it in a vault.
 */
@ApplicationScoped
public class IdentityCodeProtection {

  private static final Logger LOG = Logger.getLogger(IdentityCodeProtection.class.getName());
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
      LOG.warning("aso.security.data-key is not set: identity codes are protected with a key for this process only");
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
      return HexFormat.of().formatHex(mac.doFinal(code.reveal().getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String encrypt(PersonalIdentityCode code) {
    try {
      byte[] iv = new byte[IV_BYTES];
      new SecureRandom().nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(code.reveal().getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public PersonalIdentityCode decrypt(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(128, all, 0, IV_BYTES));
      byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
      return PersonalIdentityCode.parse(new String(plain, StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("an identity code could not be decrypted with this key", e);
    }
  }
}
