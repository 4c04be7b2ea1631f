package fi.aso.testing;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A real PBKDF2 password hash for tests outside the container, where the server's implementation
 * (Soteria's) is missing: the JDK's PBKDF2 with the parameters it is given and the same stored form
 * ({@code algorithm:iterations:salt:hash}, Base64), so a check costs what it costs in production.
 */
public final class Pbkdf2 implements Pbkdf2PasswordHash {

  private static final SecureRandom RANDOM = new SecureRandom();

  private String algorithm = "PBKDF2WithHmacSHA256";
  private int iterations = 2048;
  private int saltBytes = 32;
  private int keyBytes = 32;

  @Override
  public void initialize(Map<String, String> parameters) {
    parameters.forEach(
        (name, value) -> {
          switch (name) {
            case "Pbkdf2PasswordHash.Algorithm" -> algorithm = value;
            case "Pbkdf2PasswordHash.Iterations" -> iterations = Integer.parseInt(value);
            case "Pbkdf2PasswordHash.SaltSizeBytes" -> saltBytes = Integer.parseInt(value);
            case "Pbkdf2PasswordHash.KeySizeBytes" -> keyBytes = Integer.parseInt(value);
            default -> throw new IllegalArgumentException(name);
          }
        });
  }

  @Override
  public String generate(char[] password) {
    byte[] salt = new byte[saltBytes];
    RANDOM.nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return algorithm
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(derive(algorithm, password, salt, iterations, keyBytes));
  }

  @Override
  public boolean verify(char[] password, String hashedPassword) {
    String[] parts = hashedPassword.split(":");
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual =
        derive(
            parts[0], password, b64.decode(parts[2]), Integer.parseInt(parts[1]), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(
      String algorithm, char[] password, byte[] salt, int iterations, int bytes) {
    try {
      return SecretKeyFactory.getInstance(algorithm)
          .generateSecret(new PBEKeySpec(password, salt, iterations, bytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
