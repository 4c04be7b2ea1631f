package fi.aso.integration.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Asks a mail server (SMTP or IMAP) for its greeting, briefly: the mail servers' readiness test.
 */
final class SmtpProbe {

  private static final int TIMEOUT_MILLIS = 2000;

  private SmtpProbe() {}

  /** Empty when the SMTP server greeted with 220; otherwise what went wrong (no message text). */
  static Optional<String> problemWith(String host, int port) {
    return greeting(host, port, "220", "QUIT\r\n", "no SMTP greeting");
  }

  /** Empty when the IMAP server greeted with "* OK"; otherwise what went wrong. */
  static Optional<String> imapProblemWith(String host, int port) {
    return greeting(host, port, "* OK", "a1 LOGOUT\r\n", "no IMAP greeting");
  }

  private static Optional<String> greeting(
      String host, int port, String expected, String farewell, String problem) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      var reader =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String banner = reader.readLine();
      if (banner == null || !banner.startsWith(expected)) {
        return Optional.of(problem);
      }
      socket.getOutputStream().write(farewell.getBytes(StandardCharsets.US_ASCII));
      try {
        // let the server finish its goodbye before closing, so it does not write into a closed
        // socket
        for (int i = 0; i < 5; i++) {
          String line = reader.readLine();
          if (line == null || line.startsWith("221") || line.startsWith("a1 ")) {
            break;
          }
        }
      } catch (SocketTimeoutException slowGoodbye) {
        // the server greeted: that is all readiness needs to know
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.getClass().getSimpleName());
    }
  }
}
