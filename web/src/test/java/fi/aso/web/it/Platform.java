package fi.aso.web.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR as the build made it, and the loopback address tests reach it on. */
final class Platform {

  private Platform() {}

  /** The packaged WAR, renamed ROOT.war so that it is served at "/" as in production. */
  static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("aso.war")))
        .as(WebArchive.class);
  }

  /**
   * Arquillian reports the machine's interface address; tests talk to 127.0.0.1 on the same port so
   * that their traffic stays on loopback (the server listens there only).
   */
  static URI base(URL reported) {
    return URI.create("http://127.0.0.1:" + reported.getPort() + "/");
  }
}
