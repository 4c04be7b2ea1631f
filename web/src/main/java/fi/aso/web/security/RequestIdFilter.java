package fi.aso.web.security;

import fi.aso.application.audit.CallerIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Gives each request an id that its audit lines and the response header share, and tells the audit
 * trail the client's address.
 */
@WebFilter(filterName = "requestId", urlPatterns = "/*")
public class RequestIdFilter extends HttpFilter {

  @Inject CallerIdentity caller;

  @Inject ClientAddress clientAddress;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = UUID.randomUUID().toString();
    caller.setRequestId(id);
    caller.setSourceAddress(clientAddress.of(request));
    response.setHeader("X-Request-Id", id);
    chain.doFilter(request, response);
  }
}
