package fi.aso.infrastructure.video;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the two Microsoft services the Teams provider calls, since neither can be reached
 * from here: the identity platform's token endpoint ({@code POST /{tenant}/oauth2/v2.0/token},
 * client credentials grant, form-encoded; answers {@code token_type}, {@code expires_in}, {@code
 * access_token}) and Graph's {@code POST /v1.0/users/{userId}/onlineMeetings} (a bearer token, a
 * JSON onlineMeeting with {@code startDateTime}, {@code endDateTime}, {@code subject}; answers
 * {@code 201 Created} with the onlineMeeting, {@code joinWebUrl} among its fields), as Microsoft's
 * documentation describes them. A mock of a remote system, the only kind of mock these tests use:
 * it implements exactly those endpoints, checks what the documentation requires of a request, and
 * refuses anything else with Graph's error shape.
 */
public final class GraphStandIn implements AutoCloseable {

  public static final String TENANT = "aso-test.onmicrosoft.com";
  public static final String CLIENT_ID = "6731de76-14a6-49ae-97bc-6eba6914391e";
  public static final String CLIENT_SECRET = "s3cr3t~NotToBeLogged.4u";
  public static final String ORGANIZER = "aso-kokoukset@aso-test.onmicrosoft.com";
  public static final String SCOPE = "https://graph.microsoft.com/.default";

  /** One request as received. */
  public record Request(String method, String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public Map<String, String> form() {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String pair : body.split("&")) {
        String[] kv = pair.split("=", 2);
        fields.put(
            URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
      }
      return fields;
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  public final List<Request> received = new CopyOnWriteArrayList<>();
  public final List<String> issuedTokens = new CopyOnWriteArrayList<>();

  private static final Pattern ONLINE_MEETINGS =
      Pattern.compile("/v1\\.0/users/([^/]+)/onlineMeetings");

  private final HttpServer server;
  private volatile int meetingsStatus = 201;
  private volatile long delayMillis;
  private volatile int expiresIn = 3599;

  public GraphStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Settings that point both services at this stand-in. */
  public TeamsSettings settings() {
    return settings(CLIENT_SECRET);
  }

  public TeamsSettings settings(String secret) {
    return new TeamsSettings(base(), base(), TENANT, CLIENT_ID, secret, ORGANIZER);
  }

  /** Graph answers onlineMeetings with this status (and its error body) from now on. */
  public GraphStandIn meetingsAnswer(int status) {
    this.meetingsStatus = status;
    return this;
  }

  /** Every answer comes this late. */
  public GraphStandIn delay(long millis) {
    this.delayMillis = millis;
    return this;
  }

  public GraphStandIn tokensExpireIn(int seconds) {
    this.expiresIn = seconds;
    return this;
  }

  public List<Request> to(String pathEnd) {
    return received.stream().filter(r -> r.path().endsWith(pathEnd)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request =
          new Request(
              exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body);
      received.add(request);
      if (delayMillis > 0) {
        Thread.sleep(delayMillis);
      }
      if (request.method().equals("POST")
          && request.path().equals("/" + TENANT + "/oauth2/v2.0/token")) {
        token(exchange, request);
      } else if (request.method().equals("POST")
          && ONLINE_MEETINGS.matcher(request.path()).matches()) {
        onlineMeeting(exchange, request);
      } else {
        answer(exchange, 404, graphError("UnknownError", "no such resource"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to answer
    }
  }

  private void token(HttpExchange exchange, Request request) throws IOException {
    Map<String, String> form = request.form();
    if (!String.valueOf(request.header("Content-Type"))
            .startsWith("application/x-www-form-urlencoded")
        || !"client_credentials".equals(form.get("grant_type"))
        || !SCOPE
            .replace("https://graph.microsoft.com", base().toString())
            .equals(form.get("scope"))) {
      answer(
          exchange,
          400,
          Json.createObjectBuilder()
              .add("error", "invalid_request")
              .add("error_description", "AADSTS900144: malformed request")
              .build()
              .toString());
      return;
    }
    if (!CLIENT_ID.equals(form.get("client_id"))
        || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      answer(
          exchange,
          401,
          Json.createObjectBuilder()
              .add("error", "invalid_client")
              .add("error_description", "AADSTS7000215: Invalid client secret provided.")
              .build()
              .toString());
      return;
    }
    String token = "eyJ0eXAiOiJKV1Qi." + UUID.randomUUID();
    issuedTokens.add(token);
    answer(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("token_type", "Bearer")
            .add("expires_in", expiresIn)
            .add("ext_expires_in", expiresIn)
            .add("access_token", token)
            .build()
            .toString());
  }

  private void onlineMeeting(HttpExchange exchange, Request request) throws IOException {
    Matcher path = ONLINE_MEETINGS.matcher(request.path());
    path.matches();
    String authorization = String.valueOf(request.header("Authorization"));
    if (!authorization.startsWith("Bearer ")
        || !issuedTokens.contains(authorization.substring("Bearer ".length()))) {
      answer(
          exchange,
          401,
          graphError("InvalidAuthenticationToken", "Access token validation failure."));
      return;
    }
    if (!URLDecoder.decode(path.group(1), StandardCharsets.UTF_8).equals(ORGANIZER)) {
      answer(
          exchange,
          403,
          graphError("Forbidden", "No application access policy found for this app."));
      return;
    }
    if (meetingsStatus != 201) {
      answer(
          exchange,
          meetingsStatus,
          graphError("ServiceUnavailable", "The service is temporarily unavailable."));
      return;
    }
    JsonObject meeting;
    try {
      meeting = request.json();
      java.time.OffsetDateTime.parse(meeting.getString("startDateTime"));
      java.time.OffsetDateTime.parse(meeting.getString("endDateTime"));
    } catch (RuntimeException e) {
      answer(exchange, 400, graphError("BadRequest", "Invalid request body."));
      return;
    }
    String id = "MSo" + UUID.randomUUID().toString().replace("-", "");
    answer(
        exchange,
        201,
        Json.createObjectBuilder()
            .add(
                "@odata.context",
                "https://graph.microsoft.com/v1.0/$metadata#users('"
                    + path.group(1)
                    + "')/onlineMeetings/$entity")
            .add("id", id)
            .add("creationDateTime", java.time.Instant.now().toString())
            .add("startDateTime", meeting.getString("startDateTime"))
            .add("endDateTime", meeting.getString("endDateTime"))
            .add("subject", meeting.getString("subject", ""))
            .add(
                "joinWebUrl",
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                    + id
                    + "%40thread.v2/0?context=%7b%22Tid%22%3a%22"
                    + TENANT
                    + "%22%7d")
            .add(
                "joinMeetingIdSettings",
                Json.createObjectBuilder().add("isPasscodeRequired", false))
            .build()
            .toString());
  }

  private static String graphError(String code, String message) {
    return Json.createObjectBuilder()
        .add("error", Json.createObjectBuilder().add("code", code).add("message", message))
        .build()
        .toString();
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
