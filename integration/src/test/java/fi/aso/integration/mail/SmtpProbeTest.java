package fi.aso.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpProbeTest {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(
          new com.icegreen.greenmail.util.ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
          });

  @Test
  void noProblemWhenTheSmtpServerGreets() {
    assertThat(SmtpProbe.problemWith("127.0.0.1", smtp.getSmtp().getPort())).isEmpty();
  }

  @Test
  void namesTheProblemWhenNothingListens() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThat(SmtpProbe.problemWith("127.0.0.1", closedPort)).contains("ConnectException");
  }

  @Test
  void aServerThatDoesNotSpeakSmtpIsAProblem() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Thread answer =
          new Thread(
              () -> {
                try (var s = silent.accept()) {
                  s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n".getBytes());
                  s.getOutputStream().flush();
                  // keep the connection until the probe hangs up (read returns -1), as a real
                  // server would
                  s.setSoTimeout(5000);
                  s.getInputStream().read();
                } catch (Exception ignored) {
                  // the probe closes first
                }
              });
      answer.start();
      assertThat(SmtpProbe.problemWith("127.0.0.1", silent.getLocalPort()))
          .contains("no SMTP greeting");
      answer.join();
    }
  }

  @Test
  void anImapServerGreetsAndASilentOrClosedOneIsReported() throws Exception {
    assertThat(SmtpProbe.imapProblemWith("127.0.0.1", smtp.getImap().getPort())).isEmpty();
    assertThat(SmtpProbe.imapProblemWith("127.0.0.1", smtp.getSmtp().getPort()))
        .contains("no IMAP greeting");
  }
}
