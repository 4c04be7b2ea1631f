package fi.aso.integration.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers the platform's plain mails through the configured SMTP relay. Later work puts a durable
 * outbox in front of this route; the route itself stays the one place that talks SMTP.
 */
// @Dependent, not a normal scope: RouteBuilder has final methods, so CDI could not proxy it
@Dependent
public class OutgoingMailRoute extends RouteBuilder {

  public static final String ENDPOINT = "direct:outgoing-mail";

  @Inject MailSettings settings;

  public OutgoingMailRoute() {}

  OutgoingMailRoute(MailSettings settings) {
    this.settings = settings;
  }

  @Override
  public void configure() {
    from(ENDPOINT)
        .routeId("outgoing-mail")
        .setHeader("From", constant(settings.from()))
        .setHeader("Content-Type", constant("text/plain; charset=UTF-8"))
        .to(settings.smtpEndpoint())
        .id("smtp")
        // the log line names the route and message id only: never recipients, subjects or text
        .log("Mail handed to SMTP relay (exchange ${exchangeId})");
  }
}
