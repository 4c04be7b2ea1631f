package fi.aso.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the web session remembers of a signed-in person: name and roles, nothing else. The
 * mechanism re-applies it on each page request; REST calls never use it (they carry tokens),
 * so a browser session cannot be abused for cross-site API calls.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();
}
