package fi.aso.web.it;

import java.net.URI;
import java.net.URL;

/** The loopback address tests reach the deployed platform on. */
final class Platform {

  private Platform() {}

  /**
   * Arquillian reports the machine's interface address; tests talk to 127.0.0.1 on the same port so
   * that their traffic stays on loopback (the server listens there only).
   */
  static URI base(URL reported) {
    return URI.create("http://127.0.0.1:" + reported.getPort() + "/");
  }
}
