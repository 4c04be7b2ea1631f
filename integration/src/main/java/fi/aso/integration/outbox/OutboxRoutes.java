package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import fi.aso.integration.mail.MailSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * The outbox's delivery routes: a timer asks the dispatcher to deliver what is due; one route per
 * channel does the talking (SMTP, the secure-mail relay, a partner's webhook). Failures are not
 * handled here: they go back to the dispatcher, which records them in the outbox for a retry.
 * Camel's own error handling is off on these routes, so no message (with its recipient or text)
 * is ever logged by a default error handler.
 */
// @Dependent, not a normal scope: RouteBuilder has final methods, so CDI could not proxy it
@Dependent
public class OutboxRoutes extends RouteBuilder {

  public static final String EMAIL = "direct:deliver-EMAIL";
  public static final String SECURE_EMAIL = "direct:deliver-SECURE_EMAIL";
  public static final String WEBHOOK = "direct:deliver-WEBHOOK";

  @Inject MailSettings settings;
  @Inject OutboxDispatcher dispatcher;
  @Inject OutboxSchedule schedule;

  public OutboxRoutes() {}

  /** For tests outside the container. */
  public OutboxRoutes(MailSettings settings, OutboxDispatcher dispatcher, OutboxSchedule schedule) {
    this.settings = settings;
    this.dispatcher = dispatcher;
    this.schedule = schedule;
  }

  @Override
  public void configure() {
    errorHandler(noErrorHandler());

    if (schedule.periodMillis() > 0) {
      from("timer:outbox?delay=" + schedule.firstDelayMillis() + "&period=" + schedule.periodMillis())
          .routeId("outbox-poll")
          .process(e -> dispatcher.dispatchDue());
    }

    from(EMAIL)
        .routeId("deliver-email")
        .process(e -> e.getIn().setBody(InvitationMail.of(e.getIn().getBody(Delivery.class), settings.from())))
        .to(settings.smtpEndpoint());

    from(SECURE_EMAIL)
        .routeId("deliver-secure-email")
        .process(e -> e.getIn().setBody(InvitationMail.of(e.getIn().getBody(Delivery.class), settings.from())))
        .toD(settings.secureSmtpEndpoint().orElse("direct:no-secure-relay"));

    from("direct:no-secure-relay")
        .routeId("no-secure-relay")
        .throwException(new IllegalStateException("no secure-mail relay is configured (aso.mail.secure.smtp.host)"));

    from(WEBHOOK)
        .routeId("deliver-webhook")
        .process(e -> WebhookPost.send(e.getIn().getBody(Delivery.class)));
  }
}
