package fi.aso.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What the web session remembers of a signed-in person: name, roles at sign-in and when they signed
 * in, nothing else. The mechanism checks it against the staff register on each page request (the
 * register's current roles count, an inactive user is signed out) and ends it after the absolute
 * session lifetime; REST calls never use it (they carry tokens), so a browser session cannot be
 * abused for cross-site API calls.
 */
public record SignedInCaller(String name, Set<String> groups, Instant signedInAt)
    implements Serializable {

  static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();

  /** Starts the signed-in session, under a new session id (against session fixation). */
  public void rememberIn(HttpServletRequest request) {
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_ATTRIBUTE, this);
  }
}
