package fi.aso.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the session cookie {@code Secure} whenever the platform's public address is https. Behind
 * the documented TLS-terminating proxy the container itself sees plain http and would send the
 * cookie unmarked, so a browser could be led to give it away over an http link. The rest of the
 * cookie's settings ({@code HttpOnly}, {@code SameSite}) are in {@code web.xml}.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Inject
  @ConfigProperty(name = "aso.public-base-url")
  String publicBaseUrl;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    configure(event.getServletContext().getSessionCookieConfig(), publicBaseUrl);
  }

  static void configure(SessionCookieConfig cookie, String publicBaseUrl) {
    if ("https".equalsIgnoreCase(URI.create(publicBaseUrl.strip()).getScheme())) {
      cookie.setSecure(true);
    }
  }
}
