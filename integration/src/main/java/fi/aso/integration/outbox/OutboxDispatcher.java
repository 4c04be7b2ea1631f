package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import fi.aso.application.invitation.DeliveryQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Delivers what the outbox holds: claims due messages for this node (with a lease long enough for
 * the slowest channel), hands each to its channel's route and records the outcome. A message is
 * marked delivered only after the route returned, so a crash between the two delivers it again
 * (with the same Message-ID) rather than losing it.
 */
@ApplicationScoped
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  static final Duration LEASE = Duration.ofMinutes(5);

  /** This process, as a claimant: host and pid plus a random part (two JVMs on one host differ). */
  private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

  @Inject DeliveryQueue queue;
  @Inject OutboxSchedule schedule;
  @Inject CamelContext camel;

  private volatile ProducerTemplate producer;

  public OutboxDispatcher() {}

  /** For tests outside the container. */
  public OutboxDispatcher(DeliveryQueue queue, OutboxSchedule schedule, CamelContext camel) {
    this.queue = queue;
    this.schedule = schedule;
    this.camel = camel;
  }

  /** One round: deliver everything due now (called by the outbox-poll route). Returns how many went. */
  public int dispatchDue() {
    int delivered = 0;
    for (Delivery delivery : queue.claim(node, schedule.batch(), LEASE)) {
      Exchange result = producer().send("direct:deliver-" + delivery.channel().name(), e -> e.getIn().setBody(delivery));
      if (result.getException() == null) {
        queue.delivered(delivery.id());
        delivered++;
      } else {
        // the reason only: exception messages from mail servers can quote addresses
        String reason = result.getException().getClass().getSimpleName() + ": " + firstLine(result.getException().getMessage());
        queue.failed(delivery.id(), reason);
        LOG.warning(() -> "Outbox message " + delivery.id() + " not delivered (" + result.getException().getClass().getSimpleName()
            + "); it will be retried");
      }
    }
    return delivered;
  }

  private ProducerTemplate producer() {
    if (producer == null) {
      producer = camel.createProducerTemplate();
    }
    return producer;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "";
    }
    String line = text.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
