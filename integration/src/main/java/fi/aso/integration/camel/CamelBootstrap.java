package fi.aso.integration.camel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Starts the platform's one Camel context with every {@link RoutesBuilder} CDI knows (camel-cdi
 * does not exist in Camel 4), all under the {@link PlatformRouteConfiguration}. Camel's threads
 * come from the server's managed thread factory so that route work can use transactions and JNDI. A
 * route that cannot start fails the deployment loudly: a platform that silently does not send
 * invitations is worse than one that does not start.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  @Resource ManagedThreadFactory threadFactory;

  @Inject @Any Instance<RoutesBuilder> routes;

  @Inject StartupState startup;

  private CamelContext camel;
  private ProducerTemplate producer;

  @PostConstruct
  void start() {
    camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("aso");
    camel
        .getExecutorServiceManager()
        .setThreadPoolFactory(new ManagedThreadPoolFactory(threadFactory));
    try {
      PlatformRouteConfiguration.addTo(camel, routes);
      camel.start();
      producer = camel.createProducerTemplate();
    } catch (Exception e) {
      throw new IllegalStateException("Camel routes could not start", e);
    }
    LOG.info(() -> "Camel context started with " + camel.getRoutes().size() + " routes");
    startup.markStarted();
  }

  @PreDestroy
  void stop() {
    if (camel != null) {
      camel.stop();
      LOG.info("Camel context stopped");
    }
  }

  @Produces
  public CamelContext camelContext() {
    return camel;
  }

  @Produces
  public ProducerTemplate producerTemplate() {
    return producer;
  }
}
