import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature of a post from the ASO platform (docs/webhooks.md).
 *
 * <p>Usage: {@code java Verify.java <signing key in Base64> '<X-ASO-Signature header>' < body}
 *
 * <p>In a partner system the same few lines go where the request is read, before the body is
 * parsed: the signature is over the raw bytes as they arrived.
 */
public class Verify {

  /** Whether the header is the HMAC-SHA256 of exactly these bytes under the key. */
  static boolean signedBy(byte[] key, byte[] body, String header) throws GeneralSecurityException {
    if (header == null || !header.startsWith("sha256=")) {
      return false;
    }
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
    byte[] given = header.substring("sha256=".length()).getBytes(StandardCharsets.US_ASCII);
    // constant time: how much of a guess was right must not show in how long the answer took
    return MessageDigest.isEqual(expected, given);
  }

  public static void main(String[] args) throws IOException, GeneralSecurityException {
    if (args.length != 2) {
      System.err.println("usage: java Verify.java <signing key in Base64> '<X-ASO-Signature>' < body");
      System.exit(2);
    }
    byte[] key = Base64.getDecoder().decode(args[0]);
    byte[] body = System.in.readAllBytes();
    boolean valid = signedBy(key, body, args[1]);
    System.out.println(valid ? "valid" : "INVALID");
    System.exit(valid ? 0 : 1);
  }
}
