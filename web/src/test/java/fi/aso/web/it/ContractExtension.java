package fi.aso.web.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test class, every API answer it got ({@link ApiExchanges}) is held against the OpenAPI
 * document the running platform publishes ({@code /openapi}); the class fails, listing each
 * mismatch, unless there are none. Registered for every test class through JUnit's extension
 * autodetection (src/test/resources), so a new IT is checked without a line of its own.
 */
public class ContractExtension implements BeforeAllCallback, AfterAllCallback {

  /** The published document per platform address, fetched once per run. */
  private static final Map<URI, ContractCheck> CHECKS = new HashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    ApiExchanges.drain(); // what an earlier class left is its own (already checked)
    ApiExchanges.testing(context.getRequiredTestClass().getSimpleName());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    List<ApiExchanges.Exchange> exchanges = ApiExchanges.drain();
    if (exchanges.isEmpty()) {
      return;
    }
    URI base = exchanges.getFirst().uri().resolve("/");
    List<String> mismatches = check(base).mismatches(exchanges);
    System.out.printf(
        "Contract check: %d API answers of %s against %sopenapi, %d mismatches%n",
        exchanges.size(), context.getRequiredTestClass().getSimpleName(), base, mismatches.size());
    if (!mismatches.isEmpty()) {
      // alike mismatches (the same operation, status and reason) once, with how many there were
      Map<String, Long> counted =
          mismatches.stream()
              .collect(
                  java.util.stream.Collectors.groupingBy(
                      m -> m, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
      throw new AssertionError(
          mismatches.size()
              + " of "
              + exchanges.size()
              + " API answers of "
              + context.getRequiredTestClass().getSimpleName()
              + " do not match the published OpenAPI document:\n  "
              + String.join(
                  "\n  ",
                  counted.entrySet().stream()
                      .map(e -> e.getValue() + " x " + e.getKey())
                      .limit(200)
                      .toList()));
    }
  }

  private static synchronized ContractCheck check(URI base) throws Exception {
    ContractCheck check = CHECKS.get(base);
    if (check == null) {
      HttpResponse<String> document =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/openapi")).build(),
                  HttpResponse.BodyHandlers.ofString());
      if (document.statusCode() != 200) {
        throw new AssertionError("no OpenAPI document at " + base + "openapi");
      }
      check = new ContractCheck(document.body());
      CHECKS.put(base, check);
    }
    return check;
  }
}
