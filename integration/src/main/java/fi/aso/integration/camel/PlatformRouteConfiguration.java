package fi.aso.integration.camel;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.errorhandler.NoErrorHandlerDefinition;

/**
 * The one route configuration every route of the platform runs under: no error handler. Camel's
 * default error handler logs a failed exchange, and the platform's bodies and headers carry
 * recipients, subjects and meeting texts. Without one, a failure goes back to whoever sent the
 * exchange: the outbox records it for a retry, the inbox leaves the mail unseen for the next poll.
 *
 * <p>It has no id, so Camel applies it to every route that names no configuration of its own. Camel
 * prepares a route (and picks its configuration) when the route is added, so the configuration must
 * be in the context first: {@link #addTo} does that and refuses routes that got another error
 * handler anyway. It is deliberately not a CDI bean, so that it cannot be added in an arbitrary
 * place among the {@code RoutesBuilder}s CDI finds.
 */
public final class PlatformRouteConfiguration extends RouteConfigurationBuilder {

  @Override
  public void configuration() {
    routeConfiguration().errorHandler(noErrorHandler());
  }

  /**
   * Adds this configuration, then the routes, to a context that is not started yet. Throws if a
   * route would run with any error handler but none (e.g. a builder that sets its own).
   */
  public static void addTo(CamelContext camel, Iterable<? extends RoutesBuilder> builders)
      throws Exception {
    camel.addRoutes(new PlatformRouteConfiguration());
    for (RoutesBuilder builder : builders) {
      camel.addRoutes(builder);
    }
    List<RouteDefinition> routes = ((ModelCamelContext) camel).getRouteDefinitions();
    String loud =
        routes.stream()
            .filter(route -> !(route.getErrorHandlerFactory() instanceof NoErrorHandlerDefinition))
            .map(RouteDefinition::getRouteId)
            .collect(Collectors.joining(", "));
    if (!loud.isEmpty()) {
      throw new IllegalStateException(
          "routes with an error handler that may log exchanges: " + loud);
    }
  }
}
