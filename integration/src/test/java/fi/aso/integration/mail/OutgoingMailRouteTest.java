package fi.aso.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outgoing-mail route against a real SMTP server (GreenMail). */
class OutgoingMailRouteTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private CamelContext camel;
  private ProducerTemplate producer;

  @BeforeEach
  void startRoute() throws Exception {
    camel = new DefaultCamelContext();
    PlatformRouteConfiguration.addTo(
        camel,
        java.util.List.of(
            new OutgoingMailRoute(
                new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "aso-noreply@aso.test"))));
    camel.start();
    producer = camel.createProducerTemplate();
  }

  @AfterEach
  void stopRoute() {
    camel.stop();
  }

  @Test
  void deliversAPlainTextMailWithFinnishLettersIntact() throws Exception {
    producer.sendBodyAndHeaders(
        OutgoingMailRoute.ENDPOINT,
        "Hyvää päivää – tämä on testi.",
        Map.of("To", "partner@kodit.test", "Subject", "ASO-palvelun testiviesti ä ö å"));

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("ASO-palvelun testiviesti ä ö å");
    assertThat(received.getFrom()[0].toString()).isEqualTo("aso-noreply@aso.test");
    assertThat(received.getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("partner@kodit.test");
    assertThat(((String) received.getContent()).strip()).isEqualTo("Hyvää päivää – tämä on testi.");
  }
}
