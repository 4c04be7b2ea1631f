package fi.aso.integration.retention;

import fi.aso.application.retention.Retention;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the retention job every {@code aso.retention.poll-millis} (an hour by default) on every
 * node; the job itself makes one run a day across the nodes ({@link Retention#runDue}), so a node
 * that was down at the day's first firing is covered by another, and firing often costs one insert.
 */
// @Dependent, not a normal scope: RouteBuilder has final methods, so CDI could not proxy it
@Dependent
public class RetentionRoutes extends RouteBuilder {

  @Inject Retention retention;

  @Inject
  @ConfigProperty(name = "aso.retention.poll-millis")
  long pollMillis;

  /** This node in the run's record: host and pid plus a random part. */
  private final String node =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @Override
  public void configure() {
    if (pollMillis > 0) {
      from("timer:retention?delay=120000&period=" + pollMillis)
          .routeId("retention")
          .process(e -> retention.runDue(node));
    }
  }
}
