package fi.aso.integration.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How often the outbox is looked at, and how many messages one look takes. */
@ApplicationScoped
public class OutboxSchedule {

  @Inject
  @ConfigProperty(name = "aso.outbox.poll-millis")
  long periodMillis;

  @Inject
  @ConfigProperty(name = "aso.outbox.batch")
  int batch;

  public OutboxSchedule() {}

  /** For tests outside the container. */
  public OutboxSchedule(long periodMillis, int batch) {
    this.periodMillis = periodMillis;
    this.batch = batch;
  }

  /** Zero or less: no timer (tests drive the dispatcher themselves). */
  public long periodMillis() {
    return periodMillis;
  }

  /** The first look waits a moment after start-up, so that the routes are all up. */
  public long firstDelayMillis() {
    return Math.min(3000, periodMillis);
  }

  public int batch() {
    return batch;
  }
}
