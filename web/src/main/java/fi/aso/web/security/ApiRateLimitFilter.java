package fi.aso.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A per-caller rate limit on the REST API: {@code aso.security.rate-limit.per-minute} requests a
 * minute (300 by default; 0 turns it off) per signed-in caller, and per client address for requests
 * without a token (the token request among them). Past it the answer is 429 {@code
 * application/problem+json}, code {@value #CODE}, with {@code Retry-After}.
 *
 * <p>Kept in each node's memory: with n nodes behind a load balancer a caller gets up to n times
 * the limit. Counting in PostgreSQL would make every API request, reads included, also a write;
 * this limit is about one caller's flood, which one node's count already stops. (Guessing, where a
 * count must hold across nodes, is counted in PostgreSQL: {@code Throttle}.)
 *
 * <p>Runs after authentication (the container authenticates before filters), so a caller is known
 * by their user name; requests with a bad token are refused before they get here.
 */
@WebFilter(filterName = "apiRateLimit", urlPatterns = "/api/*")
public class ApiRateLimitFilter extends HttpFilter {

  static final String CODE = "request.rateLimited";

  @Inject
  @ConfigProperty(name = "aso.security.rate-limit.per-minute")
  int perMinute;

  @Inject ClientAddresses addresses;

  Clock clock = Clock.systemUTC();
  private TokenBuckets buckets;

  @Override
  public void init() {
    buckets = perMinute > 0 ? new TokenBuckets(perMinute) : null;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (buckets == null) {
      chain.doFilter(request, response);
      return;
    }
    Principal caller = request.getUserPrincipal();
    String key =
        caller != null ? "caller:" + caller.getName() : "address:" + addresses.forCounting(request);
    Optional<Duration> wait = buckets.take(key, clock.instant());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(seconds));
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Too many requests")
                .add("status", 429)
                .add(
                    "detail",
                    "More than "
                        + perMinute
                        + " requests a minute; try again in "
                        + seconds
                        + " seconds.")
                .add("code", CODE)
                .build()
                .toString());
  }
}
