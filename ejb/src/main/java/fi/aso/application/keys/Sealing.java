package fi.aso.application.keys;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with the key id beside the ciphertext. A sealed value is {@code "ASO" 0x01}, the
 * length of the key id, the key id (ASCII), a random 12-byte IV, then ciphertext and tag. The
 * header is authenticated data, so a value cannot be passed off as sealed under another key.
 *
 * <p>Values sealed before key ids (IV, ciphertext and tag only) open with the key {@value
 * KeyRing#LEGACY}. One of them may start with the magic bytes by chance (one in four billion); it
 * then fails to open as a headed value and is opened as a legacy one, GCM's tag deciding.
 */
public final class Sealing {

  private static final byte[] MAGIC = {'A', 'S', 'O', 1};
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyRing keys;

  public Sealing(KeyRing keys) {
    this.keys = keys;
  }

  public String currentKeyId() {
    return keys.currentId();
  }

  /** Seals under the current key. */
  public byte[] seal(byte[] plain) {
    byte[] header = header(keys.currentId());
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.current(), header, iv, plain, 0, plain.length);
    return ByteBuffer.allocate(header.length + IV_BYTES + sealed.length)
        .put(header)
        .put(iv)
        .put(sealed)
        .array();
  }

  /** Opens a value sealed under any key of the ring; fails if it was altered or the key is gone. */
  public byte[] open(byte[] sealed) {
    Optional<String> id = headedKeyId(sealed);
    if (id.isPresent() && keys.find(id.get()).isPresent()) {
      int start = header(id.get()).length;
      try {
        return open(keys.find(id.get()).get(), sealed, start);
      } catch (GeneralSecurityException e) {
        // altered, or a legacy value that only looks headed: the legacy key decides below
      }
    }
    if (keys.find(KeyRing.LEGACY).isPresent()) {
      try {
        return open(keys.find(KeyRing.LEGACY).get(), sealed, 0);
      } catch (GeneralSecurityException e) {
        // reported below
      }
    }
    String under = keyIdOf(sealed);
    throw new IllegalStateException(
        keys.find(under).isPresent()
            ? "a sealed value under key '" + under + "' does not open: it was altered"
            : "a value is sealed under key '" + under + "', which is not configured");
  }

  /** Under which key a value was sealed ({@value KeyRing#LEGACY} if it has no header). */
  public static String keyIdOf(byte[] sealed) {
    return headedKeyId(sealed).orElse(KeyRing.LEGACY);
  }

  /** How every value sealed under a key starts (for finding the ones that need resealing). */
  public static byte[] header(String keyId) {
    byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(MAGIC.length + 1 + id.length)
        .put(MAGIC)
        .put((byte) id.length)
        .put(id)
        .array();
  }

  private static Optional<String> headedKeyId(byte[] sealed) {
    if (sealed.length <= MAGIC.length
        || !Arrays.equals(sealed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      return Optional.empty();
    }
    int length = sealed[MAGIC.length] & 0xFF;
    int start = MAGIC.length + 1;
    if (length < 1 || start + length + IV_BYTES > sealed.length) {
      return Optional.empty();
    }
    return Optional.of(new String(sealed, start, length, StandardCharsets.US_ASCII));
  }

  private static byte[] open(byte[] key, byte[] sealed, int headerLength)
      throws GeneralSecurityException {
    if (sealed.length < headerLength + IV_BYTES + TAG_BITS / 8) {
      throw new AEADBadTagException("too short to be sealed");
    }
    byte[] header = Arrays.copyOf(sealed, headerLength);
    byte[] iv = Arrays.copyOfRange(sealed, headerLength, headerLength + IV_BYTES);
    int body = headerLength + IV_BYTES;
    return cryptChecked(Cipher.DECRYPT_MODE, key, header, iv, sealed, body, sealed.length - body);
  }

  private static byte[] crypt(
      int mode, byte[] key, byte[] header, byte[] iv, byte[] input, int offset, int length) {
    try {
      return cryptChecked(mode, key, header, iv, input, offset, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] cryptChecked(
      int mode, byte[] key, byte[] header, byte[] iv, byte[] input, int offset, int length)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
    if (header.length > 0) {
      cipher.updateAAD(header);
    }
    return cipher.doFinal(input, offset, length);
  }
}
