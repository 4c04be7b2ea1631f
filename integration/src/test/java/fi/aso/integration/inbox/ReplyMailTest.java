package fi.aso.integration.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The sender addresses the route hands to Replies, read from the mail's headers. */
class ReplyMailTest {

  @Test
  void displayNamesAreLeftOutOfTheSenderAddresses() throws Exception {
    ReplyMail mail =
        ReplyMail.of(
            parse(
                "From: \"Kodit, Kalle\" <Kalle@Kodit.test>\r\n"
                    + "Sender: =?UTF-8?Q?Kallen_avustaja?= <avustaja@kodit.test>\r\n"));

    assertThat(mail.sender().from()).containsExactly("kalle@kodit.test");
    assertThat(mail.sender().sender()).containsExactly("avustaja@kodit.test");
    assertThat(mail.sender().whyNotFrom("kalle@kodit.test")).isPresent();
  }

  @Test
  void aMailWithoutSenderHeaderHasOnlyItsFromAddresses() throws Exception {
    ReplyMail mail = ReplyMail.of(parse("From: Kalle Kodit <kalle@kodit.test>\r\n"));

    assertThat(mail.sender().sender()).isEmpty();
    assertThat(mail.sender().whyNotFrom("kalle@kodit.test")).isEmpty();
  }

  @Test
  void everyFromHeaderAndEveryAddressInItCounts() throws Exception {
    ReplyMail mail =
        ReplyMail.of(
            parse(
                "From: kalle@kodit.test, mallory@elsewhere.test\r\n"
                    + "From: other@elsewhere.test\r\n"));

    assertThat(mail.sender().from())
        .containsExactly("kalle@kodit.test", "mallory@elsewhere.test", "other@elsewhere.test");
  }

  @Test
  void anUnreadableFromIsKeptAsTextThatMatchesNoAddress() throws Exception {
    ReplyMail mail = ReplyMail.of(parse("From: Kalle <kalle@kodit.test\r\n"));

    assertThat(mail.sender().whyNotFrom("kalle@kodit.test")).isPresent();
  }

  private static MimeMessage parse(String headers) throws Exception {
    String text =
        headers
            + "To: aso@aso.example.fi\r\n"
            + "Subject: Re\r\n"
            + "Message-ID: <m@kodit.test>\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n"
            + "\r\n"
            + "Kiitos.\r\n";
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
  }
}
