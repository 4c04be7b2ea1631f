package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import fi.aso.application.invitation.DeliveryQueue;
import fi.aso.integration.mail.MailSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;

/**
 * The outbox's delivery routes. A timer starts a round ({@link #ROUND}): this node claims a batch
 * of due messages, the batch is split, and each message goes to its channel's route (SMTP, the
 * secure-mail relay, a partner's webhook); its outcome is recorded as soon as that route returns.
 * The channel routes do not handle failures: those come back to the delivery route, which records
 * them in the outbox for a retry. No route has an error handler that could log a message ({@link
 * fi.aso.integration.camel.PlatformRouteConfiguration}).
 */
// @Dependent, not a normal scope: RouteBuilder has final methods, so CDI could not proxy it
@Dependent
public class OutboxRoutes extends RouteBuilder {

  /** One round, synchronously: the body comes back as the number of messages delivered. */
  public static final String ROUND = "direct:outbox-round";

  static final String DELIVER = "direct:outbox-deliver";
  public static final String EMAIL = "direct:deliver-EMAIL";
  public static final String SECURE_EMAIL = "direct:deliver-SECURE_EMAIL";
  public static final String WEBHOOK = "direct:deliver-WEBHOOK";

  /**
   * How many messages of a round are delivered at once. Mostly so that a round fits in its lease:
   * one message can take up to 20 s (SMTP's 10 s connect and 10 s read timeouts) and a batch is 20
   * messages, one by one 400 s against a 5-minute lease, after which another node could claim a
   * message still being sent. Also a slow partner system no longer holds up everyone else's mail.
   * Four, not more: the SMTP relays and the database are shared with everything else.
   */
  static final int PARALLEL_DELIVERIES = 4;

  static final String DELIVERY_POOL = "outbox-delivery";

  @Inject MailSettings settings;
  @Inject DeliveryQueue queue;
  @Inject OutboxSchedule schedule;

  private Duration webhookTimeout = WebhookPost.RESPONSE_TIMEOUT;

  public OutboxRoutes() {}

  /** For tests outside the container. */
  public OutboxRoutes(MailSettings settings, DeliveryQueue queue, OutboxSchedule schedule) {
    this.settings = settings;
    this.queue = queue;
    this.schedule = schedule;
  }

  /** For tests of a slow partner system, which should not wait the full timeout. */
  OutboxRoutes withWebhookTimeout(Duration timeout) {
    this.webhookTimeout = timeout;
    return this;
  }

  @Override
  public void configure() {
    OutboxRound round = new OutboxRound(queue, schedule);
    // from the context's thread pool factory: managed threads in the container, so the outbox's
    // transactions work on them
    getContext()
        .getExecutorServiceManager()
        .registerThreadPoolProfile(
            new ThreadPoolProfileBuilder(DELIVERY_POOL)
                .poolSize(PARALLEL_DELIVERIES)
                .maxPoolSize(PARALLEL_DELIVERIES)
                .build());
    bindToRegistry(WebhookPost.CLIENT, new WebhookPost.PartnerSystemClient());

    if (schedule.periodMillis() > 0) {
      // synchronous: the timer thread waits for the round, so a node's rounds never overlap and the
      // period is the pause between them
      from("timer:outbox?synchronous=true&delay="
              + schedule.firstDelayMillis()
              + "&period="
              + schedule.periodMillis())
          .routeId("outbox-poll")
          .doTry()
          .to(ROUND)
          .doCatch(Exception.class)
          // not left to the timer, whose exception handler logs the message: a database's can quote
          // a row
          .process(round::failedRound)
          .end();
    }

    from(ROUND)
        .routeId("outbox-round")
        .process(round::claim)
        // one message's failure does not stop the others (no stopOnException); the round returns
        // only when every message of the batch has its outcome recorded
        .split(body(), new DeliveredCount())
        .parallelProcessing()
        .executorService(DELIVERY_POOL)
        .synchronous()
        .to(DELIVER)
        .end()
        // an empty batch is not split at all
        .setBody(e -> e.getIn().getBody() instanceof Integer delivered ? delivered : 0);

    from(DELIVER)
        .routeId("outbox-deliver")
        .process(round::take)
        .doTry()
        .toD("direct:deliver-${exchangeProperty." + OutboxRound.CHANNEL + "}", 8)
        .doCatch(Exception.class)
        // recorded below, outside the try: a failure to record is not a failed delivery
        .end()
        .process(round::record);

    from(EMAIL)
        .routeId("deliver-email")
        .process(
            e -> e.getIn().setBody(InvitationMail.of(e.getIn().getBody(Delivery.class), settings)))
        .to(settings.smtpEndpoint());

    from(SECURE_EMAIL)
        .routeId("deliver-secure-email")
        .process(
            e -> e.getIn().setBody(InvitationMail.of(e.getIn().getBody(Delivery.class), settings)))
        .toD(settings.secureSmtpEndpoint().orElse("direct:no-secure-relay"));

    from("direct:no-secure-relay")
        .routeId("no-secure-relay")
        .throwException(
            new IllegalStateException(
                "no secure-mail relay is configured (aso.mail.secure.smtp.host)"));

    from(WEBHOOK)
        .routeId("deliver-webhook")
        .process(WebhookPost::request)
        .to(WebhookPost.endpoint(webhookTimeout))
        .process(WebhookPost::checkAnswer);
  }
}
