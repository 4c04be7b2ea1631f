package fi.aso.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * An operation that answers 204 has no body to negotiate, and its only documented content is the
 * problem+json of its errors, so a client made from the document accepts just that. The resource
 * classes produce application/json, which such an Accept would not match (406 before the operation
 * ran): a request accepting problem+json but neither JSON nor anything is taken as accepting JSON
 * too, last. Any other Accept is left as sent.
 */
@Provider
@PreMatching
public class NoContentAccept implements ContainerRequestFilter {

  private static final String PROBLEM = "application/problem+json";

  @Override
  public void filter(ContainerRequestContext request) {
    List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
    if (accept == null || accept.isEmpty()) {
      return;
    }
    String joined = String.join(", ", accept);
    String lower = joined.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains(PROBLEM)
        && !lower.contains("application/json")
        && !lower.contains("*/*")
        && !lower.contains("application/*")) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, joined + ", application/json;q=0.1");
    }
  }
}
