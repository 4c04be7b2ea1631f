package fi.aso.web.it.suite;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the platform once for all IT classes of a module run instead of once per class.
 *
 * <p>Arquillian deploys and undeploys per test class, and the Payara Micro adapter boots a whole
 * server for each deployment: with a dozen IT classes that was most of the suite's wall time.
 * Arquillian has no suite deployment of its own; the known third-party extension
 * (arquillian-suite-extension) is unmaintained and needs undeclared libraries, so this is the same
 * idea in a few lines: the deployment of {@link PlatformDeployment} is generated and deployed once
 * at the start, and every IT class runs against it. Each IT class creates the data it uses, so
 * sharing the server does not make them depend on one another.
 */
public class OneDeploymentPerRun implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(SuiteDeployer.class);
  }
}
