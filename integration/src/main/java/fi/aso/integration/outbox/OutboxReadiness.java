package fi.aso.integration.outbox;

import fi.aso.application.invitation.Outbox;
import fi.aso.integration.camel.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox on /health/ready: how many messages wait, how many are being retried, how many
 * gave up. The node stays ready (it can still take work and deliver later); the numbers tell
 * monitoring and the administrator that deliveries are stuck.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

  @Inject StartupState startup;

  @Inject Outbox outbox;

  @Override
  public HealthCheckResponse call() {
    if (!startup.isStarted()) {
      return StartupState.starting("outbox");
    }
    Outbox.Counts counts = outbox.counts();
    return HealthCheckResponse.named("outbox")
        .up()
        .withData("pending", counts.pending())
        .withData("retrying", counts.retrying())
        .withData("dead", counts.dead())
        .build();
  }
}
