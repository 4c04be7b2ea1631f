package fi.aso.integration.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the Camel context and all its routes are started. */
@Readiness
@ApplicationScoped
public class CamelReadiness implements HealthCheck {

  @Inject StartupState startup;

  /** Looked up only once started: asking the bootstrap during its own start fails. */
  @Inject Instance<CamelContext> camelContext;

  @Override
  public HealthCheckResponse call() {
    if (!startup.isStarted()) {
      return StartupState.starting("camel");
    }
    var response = HealthCheckResponse.named("camel");
    CamelContext camel = camelContext.get();
    boolean started = camel != null && camel.isStarted();
    if (started) {
      for (Route route : camel.getRoutes()) {
        boolean routeStarted = camel.getRouteController().getRouteStatus(route.getId()).isStarted();
        response.withData(route.getId(), routeStarted ? "started" : "stopped");
        started &= routeStarted;
      }
    }
    return response.status(started).build();
  }
}
