package fi.aso.integration.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Asks an SMTP server for its greeting, briefly: the mail server's readiness test. */
final class SmtpProbe {

  private static final int TIMEOUT_MILLIS = 2000;

  private SmtpProbe() {}

  /** Empty when the server greeted with 220; otherwise what went wrong (no message text). */
  static Optional<String> problemWith(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      var reader =
          new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String banner = reader.readLine();
      socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
      if (banner == null || !banner.startsWith("220")) {
        return Optional.of("no SMTP greeting");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(e.getClass().getSimpleName());
    }
  }
}
