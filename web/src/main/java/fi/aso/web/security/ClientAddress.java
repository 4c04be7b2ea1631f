package fi.aso.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that decides which address a request came from, for the audit trail (and whatever
 * else must name the client). For now the socket's peer address; behind a TLS proxy that is the
 * proxy's, so trusting {@code X-Forwarded-For} from configured proxies plugs in here and nowhere
 * else.
 */
@ApplicationScoped
public class ClientAddress {

  public String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
