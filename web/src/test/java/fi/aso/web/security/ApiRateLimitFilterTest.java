package fi.aso.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The filter on stand-in servlet objects: who is counted, and what a refused request gets. */
class ApiRateLimitFilterTest {

  private final AtomicInteger passed = new AtomicInteger();
  private final FilterChain chain = (request, response) -> passed.incrementAndGet();

  @Test
  void pastTheLimitACallerGets429ProblemWithRetryAfter() throws Exception {
    ApiRateLimitFilter filter = filter(3);
    for (int i = 0; i < 3; i++) {
      assertThat(call(filter, "chair", "127.0.0.1").status).isZero();
    }

    Answer refused = call(filter, "chair", "127.0.0.1");

    assertThat(passed).hasValue(3);
    assertThat(refused.status).isEqualTo(429);
    assertThat(refused.headers).containsEntry("Retry-After", "20");
    assertThat(refused.contentType).isEqualTo("application/problem+json");
    JsonObject problem = Json.createReader(new StringReader(refused.body.toString())).readObject();
    assertThat(problem.getString("code")).isEqualTo("request.rateLimited");
    assertThat(problem.getInt("status")).isEqualTo(429);
    assertThat(call(filter, "admin", "127.0.0.1").status).as("another caller").isZero();
  }

  @Test
  void withoutATokenTheClientAddressIsCounted() throws Exception {
    ApiRateLimitFilter filter = filter(1);

    assertThat(call(filter, null, "203.0.113.1").status).isZero();
    assertThat(call(filter, null, "203.0.113.1").status).isEqualTo(429);
    assertThat(call(filter, null, "203.0.113.2").status).isZero();
    assertThat(call(filter, null, "2001:db8:0:0:0:0:0:1").status).isZero();
    assertThat(call(filter, null, "2001:db8:0:0:ffff:0:0:2").status)
        .as("the same /64")
        .isEqualTo(429);
  }

  @Test
  void noLimitWhenSetToZero() throws Exception {
    ApiRateLimitFilter filter = filter(0);
    for (int i = 0; i < 1000; i++) {
      call(filter, "chair", "127.0.0.1");
    }
    assertThat(passed).hasValue(1000);
  }

  private static ApiRateLimitFilter filter(int perMinute) {
    ApiRateLimitFilter filter = new ApiRateLimitFilter();
    filter.perMinute = perMinute;
    filter.addresses = new ClientAddresses();
    filter.addresses.trustedProxies = java.util.Optional.empty();
    filter.addresses.readConfiguration();
    filter.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    filter.init();
    return filter;
  }

  private static final class Answer {
    int status;
    String contentType;
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
  }

  private Answer call(ApiRateLimitFilter filter, String user, String address) throws Exception {
    Answer answer = new Answer();
    Principal principal = user == null ? null : () -> user;
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getUserPrincipal" -> principal;
                      case "getRemoteAddr" -> address;
                      case "getHeaders" -> Collections.emptyEnumeration();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "setStatus" -> answer.status = (Integer) args[0];
                    case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                    case "setContentType" -> answer.contentType = (String) args[0];
                    case "setCharacterEncoding" -> {}
                    case "getWriter" -> {
                      return new PrintWriter(answer.body, true);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                  }
                  return null;
                });
    filter.doFilter(request, response, chain);
    return answer;
  }
}
