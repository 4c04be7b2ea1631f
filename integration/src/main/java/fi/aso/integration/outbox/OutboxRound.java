package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import fi.aso.application.invitation.DeliveryQueue;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.camel.Exchange;

/**
 * What one node does with the outbox in a round of the outbox routes: claims due messages (with a
 * lease long enough for a whole round) and records each message's outcome. A message is marked
 * delivered only after its channel's route returned, so a crash between the two delivers it again
 * (with the same Message-ID) rather than losing it.
 */
final class OutboxRound {

  private static final Logger LOG = Logger.getLogger(OutboxRound.class.getName());
  static final Duration LEASE = Duration.ofMinutes(5);

  /**
   * The exchange property holding the message being delivered (the channel routes replace the
   * body).
   */
  static final String DELIVERY = "asoDelivery";

  /** The exchange property naming the message's channel, for the delivery route's toD. */
  static final String CHANNEL = "asoChannel";

  /**
   * This node, as a claimant: host and pid plus a random part (two JVMs, or contexts, on one host
   * differ).
   */
  private final String node =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  private final DeliveryQueue queue;
  private final OutboxSchedule schedule;

  OutboxRound(DeliveryQueue queue, OutboxSchedule schedule) {
    this.queue = queue;
    this.schedule = schedule;
  }

  /**
   * The round's body becomes the due messages this node now holds (SKIP LOCKED: no other node holds
   * them).
   */
  void claim(Exchange exchange) {
    exchange.getIn().setBody(queue.claim(node, schedule.batch(), LEASE));
  }

  /** Before one message's delivery: remember it, and name its channel. */
  void take(Exchange exchange) {
    Delivery delivery = exchange.getIn().getBody(Delivery.class);
    exchange.setProperty(DELIVERY, delivery);
    exchange.setProperty(CHANNEL, delivery.channel().name());
  }

  /**
   * After one message's channel route: delivered if it returned, otherwise failed with the reason
   * (for the retry and the administrator's page). The warning names the message and the exception's
   * class only: exception messages from mail servers and partner systems can quote addresses.
   */
  void record(Exchange exchange) {
    Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    if (failure == null) {
      queue.delivered(delivery.id());
      exchange.getIn().setBody(Boolean.TRUE);
    } else {
      queue.failed(delivery.id(), reason(failure));
      LOG.warning(
          () ->
              "Outbox message "
                  + delivery.id()
                  + " not delivered ("
                  + failure.getClass().getSimpleName()
                  + "); it will be retried");
      exchange.getIn().setBody(Boolean.FALSE);
    }
  }

  /** The outbox itself failed (e.g. the database): the next round tries again. */
  void failedRound(Exchange exchange) {
    Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    LOG.warning(
        () ->
            "Outbox round failed ("
                + failure.getClass().getSimpleName()
                + "); the next round tries again");
  }

  /** The exception's class and the first line of its message, at most 300 characters of it. */
  static String reason(Exception failure) {
    return failure.getClass().getSimpleName() + ": " + firstLine(failure.getMessage());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
