package fi.aso.web.it.suite;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every IT class runs against: the real WAR as the build made it. */
public final class PlatformDeployment {

  private PlatformDeployment() {}

  /** The packaged WAR, renamed ROOT.war so that it is served at "/" as in production. */
  @Deployment(testable = false)
  public static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("aso.war")))
        .as(WebArchive.class);
  }
}
