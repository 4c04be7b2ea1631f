package fi.aso.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The API's addresses from before everything moved under {@code /api/v1}: {@code /api/auth/token}
 * and {@code /api/me} answer 308 Permanent Redirect to their new address, whatever the method, so
 * that a client that follows it sends the same request (a POST with its body) again there. They are
 * not in the OpenAPI document: a client made from it uses the new addresses only.
 */
@Provider
@PreMatching
public class MovedPaths implements ContainerRequestFilter {

  /** Old path (under /api) to new path. */
  static final Map<String, String> MOVED = Map.of("auth/token", "v1/auth/token", "me", "v1/me");

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
    String moved = MOVED.get(path);
    if (moved != null) {
      UriBuilder target = request.getUriInfo().getBaseUriBuilder().path(moved);
      String query = request.getUriInfo().getRequestUri().getRawQuery();
      if (query != null) {
        target.replaceQuery(query);
      }
      request.abortWith(Response.status(308).location(target.build()).build());
    }
  }
}
