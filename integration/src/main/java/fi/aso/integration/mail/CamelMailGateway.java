package fi.aso.integration.mail;

import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.apache.camel.ProducerTemplate;

/** The {@link MailGateway} port, implemented by the outgoing-mail route. */
@ApplicationScoped
public class CamelMailGateway implements MailGateway {

  @Inject ProducerTemplate producer;

  @Override
  public void send(OutgoingMail mail) {
    producer.sendBodyAndHeaders(
        OutgoingMailRoute.ENDPOINT,
        mail.body(),
        Map.of("To", mail.to(), "Subject", mail.subject()));
  }
}
