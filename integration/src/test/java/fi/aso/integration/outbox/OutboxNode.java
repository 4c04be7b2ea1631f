package fi.aso.integration.outbox;

import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.mail.MailSettings;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * A platform node's outbox routes outside the container, sending to one SMTP port (a real GreenMail
 * server, or a closed port for an outage); its rounds are run by the test, not by the timer.
 */
record OutboxNode(CamelContext camel, ProducerTemplate producer) {

  static OutboxNode start(EntityManagerFactory emf, int smtpPort) throws Exception {
    CamelContext camel = new DefaultCamelContext();
    PlatformRouteConfiguration.addTo(
        camel,
        List.of(
            new OutboxRoutes(
                new MailSettings("127.0.0.1", smtpPort, "aso@aso.example.fi"),
                new TransactionalQueue(emf),
                new OutboxSchedule(0, 50))));
    camel.start();
    return new OutboxNode(camel, camel.createProducerTemplate());
  }

  /** One dispatch round: claims what is due and delivers it; the number of messages claimed. */
  int dispatchDue() {
    return producer.requestBody(OutboxRoutes.ROUND, null, Integer.class);
  }
}
