package fi.aso.web.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every API request the tests make and what the platform answered, kept so that {@link
 * ContractCheck} can hold each answer against the published OpenAPI document. {@link WebClient}
 * records its calls; a test that sends with its own HttpClient wraps the answer in {@link
 * #recorded}. Only {@code /api/} addresses are kept.
 */
final class ApiExchanges {

  /** One request and its answer; {@code body} is null for a body that is not text. */
  record Exchange(
      String method,
      URI uri,
      int status,
      Map<String, List<String>> headers,
      String body,
      String test) {

    String contentType() {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return method + " " + uri.getRawPath() + " -> " + status + " (" + test + ")";
    }

    /** The exchange with its ids as N, to count alike ones together. */
    String kind() {
      return method + " " + uri.getRawPath().replaceAll("/\\d+", "/N") + " -> " + status;
    }
  }

  private static final List<Exchange> KEPT = new ArrayList<>();

  /** The test class now running, named in each exchange it makes. */
  private static volatile String current = "?";

  private ApiExchanges() {}

  static void testing(String testClass) {
    current = testClass;
  }

  /** Keeps the answer (and its request) if it is the API's, and gives it back. */
  static <T> HttpResponse<T> recorded(HttpResponse<T> response) {
    if (!response.uri().getRawPath().startsWith("/api/")) {
      return response;
    }
    Object body = response.body();
    String text =
        switch (body) {
          case String s -> s;
          case byte[] bytes when textual(response) -> new String(bytes, StandardCharsets.UTF_8);
          // a PDF or a scan: what matters is that there is one (its type is checked on its own)
          case byte[] bytes when bytes.length > 0 -> "(" + bytes.length + " bytes)";
          case null, default -> null;
        };
    synchronized (KEPT) {
      KEPT.add(
          new Exchange(
              response.request().method(),
              response.uri(),
              response.statusCode(),
              response.headers().map(),
              text,
              current));
    }
    return response;
  }

  /** The exchanges kept since the last call, which are then forgotten. */
  static List<Exchange> drain() {
    synchronized (KEPT) {
      List<Exchange> all = new ArrayList<>(KEPT);
      KEPT.clear();
      return all;
    }
  }

  private static boolean textual(HttpResponse<?> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    return type.contains("json") || type.startsWith("text/");
  }
}
