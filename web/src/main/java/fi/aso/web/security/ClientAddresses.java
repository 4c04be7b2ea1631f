package fi.aso.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address of a request: the socket's peer, or behind a trusted proxy the address it
 * forwarded ({@link TrustedProxies}). Sign-in and consent-code throttling count failures per this
 * address; behind the documented TLS proxy the socket address is the proxy's, shared by everyone.
 */
@ApplicationScoped
public class ClientAddresses {

  @Inject
  @ConfigProperty(name = "aso.security.trusted-proxies")
  Optional<String> trustedProxies;

  private TrustedProxies proxies = TrustedProxies.none();

  @PostConstruct
  void readConfiguration() {
    // a mistyped entry fails the deployment: silently trusting nothing (or too much) is worse
    proxies = TrustedProxies.parse(trustedProxies.orElse(""));
  }

  /** The client's address, in one spelling (what an audit line would name). */
  public String of(HttpServletRequest request) {
    return proxies.clientOf(
        request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }

  /**
   * What failures and requests are counted against: the client's IPv4 address, or the /64 network
   * of an IPv6 one (one subscriber commonly has a whole /64, and counting per address would give
   * them 2^64 fresh counts).
   */
  public String forCounting(HttpServletRequest request) {
    return network(of(request));
  }

  static String network(String address) {
    if (address.indexOf(':') < 0) {
      return address;
    }
    String[] groups = address.split(":");
    if (groups.length != 8) {
      return address; // not in the canonical spelling of() gives: count it as it is
    }
    return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
  }
}
