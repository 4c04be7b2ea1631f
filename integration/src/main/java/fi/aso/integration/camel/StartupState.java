package fi.aso.integration.camel;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether this node has finished starting: the database migrated and the Camel routes started.
 *
 * <p>Payara answers {@code /health/ready} while the application is still deploying (the launcher
 * and load balancers ask early). A check that reaches into the application then would read tables
 * the migrations have not made yet, on a thread that does not see the application's settings, and
 * fill the log with stack traces. Such checks ask this first and say "starting" until then.
 */
@ApplicationScoped
public class StartupState {

  private volatile boolean started;

  void markStarted() {
    started = true;
  }

  public boolean isStarted() {
    return started;
  }

  /** The answer of a check asked before the node has started. */
  public static HealthCheckResponse starting(String check) {
    return HealthCheckResponse.named(check).down().withData("state", "starting").build();
  }
}
