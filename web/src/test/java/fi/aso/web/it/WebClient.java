package fi.aso.web.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that submits Faces forms the way a browser would. */
final class WebClient {

  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient http;
  private final String forwardedFor;

  WebClient(URI base) {
    this(base, null);
  }

  private WebClient(URI base, String forwardedFor) {
    this.base = base;
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * A client whose requests come through the trusted proxy (the IT server trusts 127.0.0.1) on
   * behalf of {@code client}: each says {@code X-Forwarded-For: client}.
   */
  static WebClient behindProxyFor(URI base, String client) {
    return new WebClient(base, client);
  }

  /** The platform's address this client talks to. */
  URI base() {
    return base;
  }

  private HttpRequest.Builder builder(URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    return forwardedFor == null ? builder : builder.header("X-Forwarded-For", forwardedFor);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return get(base.resolve(path));
  }

  HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(builder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request as a TLS-terminating proxy forwards it. */
  HttpResponse<String> getBehindHttpsProxy(String path) throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path)).header("X-Forwarded-Proto", "https").GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Follows redirects by hand, so that every hop (platform, provider, platform) is seen. */
  URI redirectOf(HttpResponse<?> response) {
    if (response.statusCode() / 100 != 3) {
      throw new AssertionError("expected a redirect, got " + response.statusCode());
    }
    return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
  }

  HttpResponse<String> getWithToken(String path, String token)
      throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path)).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJsonWithToken(String path, String token, String json)
      throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> putJsonWithToken(String path, String token, String json)
      throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Any method with a bearer token, a JSON body (null: none) and headers given as name, value, ...
   * (e.g. If-Match).
   */
  HttpResponse<String> sendWithToken(
      String method, String path, String token, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        builder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> deleteWithToken(String path, String token)
      throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path)).header("Authorization", "Bearer " + token).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A body of another kind than JSON (e.g. a CSV file), posted with a bearer token. */
  HttpResponse<String> postWithToken(String path, String token, String type, String body)
      throws IOException, InterruptedException {
    return http.send(
        builder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> putBytesWithToken(String path, String token, String type, byte[] body)
      throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", type)
            .header("X-File-Name", "lomake.pdf")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytesWithToken(String path, String token)
      throws IOException, InterruptedException {
    return send(
        builder(base.resolve(path)).header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends, and keeps an API answer for the contract check ({@link ApiExchanges}). */
  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return ApiExchanges.recorded(http.send(request, handler));
  }

  /** A bearer token for a demo user, as a script would get one. */
  String token(String username) throws IOException, InterruptedException {
    return token(username, fi.aso.config.DemoAccounts.PASSWORD);
  }

  /** A bearer token for any user, as a script would get one. */
  String token(String username, String password) throws IOException, InterruptedException {
    String body =
        post("api/v1/auth/token", Map.of("username", username, "password", password)).body();
    return jakarta.json.Json.createReader(new java.io.StringReader(body))
        .readObject()
        .getString("access_token");
  }

  HttpResponse<String> post(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        builder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Submits a form of the page at {@code path} with its current view state plus the fields. */
  HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields)
      throws IOException, InterruptedException {
    String page = get(path).body();
    Map<String, String> form = formFields(viewState(page), formId, button, fields);
    // what PrimeFaces' script adds to every form it submits (its CSP mode checks it)
    form.put("primefaces.nonce", cspNonce(page));
    return post(path, form);
  }

  static Map<String, String> formFields(
      String viewState, String formId, String button, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put(formId, formId);
    fields.forEach((name, value) -> form.put(formId + ":" + name, value));
    form.put(formId + ":" + button, "");
    form.put("jakarta.faces.ViewState", viewState);
    return form;
  }

  static String cspNonce(String page) {
    Matcher m = CSP_NONCE.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no PrimeFaces CSP nonce on the page");
    }
    return m.group(1);
  }

  static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new AssertionError("no Faces view state on the page");
    }
    return m.group(1);
  }

  /** Signs in through the login form; the client keeps the session cookie. */
  HttpResponse<String> signIn(String username, String password)
      throws IOException, InterruptedException {
    return submit(
        "login.xhtml", "login", "submit", Map.of("username", username, "password", password));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
