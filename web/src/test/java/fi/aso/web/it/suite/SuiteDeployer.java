package fi.aso.web.it.suite;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.annotation.SuiteScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Arquillian's per-class deployment events, bent into one deployment per run: the suite's scenario
 * is generated once (from {@link PlatformDeployment}) and kept in the suite context, where every
 * test class finds it; the classes' own deploy and undeploy events are swallowed, and the
 * deployment goes when the container stops.
 */
public class SuiteDeployer {

  @Inject private Instance<ClassContext> classContext;

  @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

  @Inject @SuiteScoped private InstanceProducer<DeploymentScenario> suiteScenario;

  @Inject private Event<GenerateDeployment> generate;

  @Inject private Event<UnDeployManagedDeployments> undeploy;

  private boolean generated;
  private boolean deployed;
  private boolean stopping;

  /** Before the first class: the platform's deployment, made once and kept for the whole run. */
  public void generateOnce(@Observes(precedence = -100) BeforeSuite event) {
    classContext.get().activate(PlatformDeployment.class);
    try {
      generate.fire(new GenerateDeployment(new TestClass(PlatformDeployment.class)));
      suiteScenario.set(classScenario.get());
    } finally {
      classContext.get().deactivate();
    }
    generated = true;
  }

  /** The test classes have no deployment of their own: they use the suite's. */
  public void generateNothingPerClass(@Observes EventContext<GenerateDeployment> event) {
    if (!generated) {
      event.proceed();
    }
  }

  /** The first class deploys; the others find the platform already running. */
  public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
    if (!deployed) {
      deployed = true;
      event.proceed();
    }
  }

  /** A class's end undeploys nothing; the container's stop (after the last class) does. */
  public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> event) {
    if (stopping) {
      event.proceed();
    }
  }

  public void beforeStop(@Observes BeforeStop event) {
    if (deployed && !stopping) {
      stopping = true;
      undeploy.fire(new UnDeployManagedDeployments());
    }
  }
}
