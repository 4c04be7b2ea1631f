package fi.aso.infrastructure.video;

import fi.aso.application.mail.MailTexts;
import fi.aso.application.meeting.VideoLinkProvider;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Microsoft Teams online meeting for each new meeting, made through Microsoft Graph ({@code POST
 * /v1.0/users/{organizer}/onlineMeetings} with the start, end and a subject that names no client);
 * its {@code joinWebUrl} becomes the meeting's video link. The application signs in with the client
 * credentials grant at the tenant's token endpoint and keeps the token until shortly before it
 * expires. ({@code /me/onlineMeetings} takes only a signed-in user's delegated token, which a
 * server has not.)
 *
 * <p>Never throws for the service's failures: an unreachable, slow, refusing or garbled answer
 * leaves the meeting without a link (the day-before check tells the chair), and is logged with the
 * HTTP status and Graph's error code only, never the secret, the token or a body. After a failure
 * the service is not asked again for {@link #PAUSE_AFTER_FAILURE}, so that generating a series of
 * meetings waits for one timeout, not one per meeting.
 */
public class TeamsOnlineMeetings implements VideoLinkProvider {

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  static final Duration PAUSE_AFTER_FAILURE = Duration.ofMinutes(1);

  /** A token is renewed this long before Microsoft says it expires. */
  static final Duration TOKEN_MARGIN = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(TeamsOnlineMeetings.class.getName());

  private final TeamsSettings settings;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final Clock clock;

  private String token;
  private Instant tokenExpires = Instant.MIN;
  private Instant pausedUntil = Instant.MIN;

  /** With the standard timeouts. */
  public TeamsOnlineMeetings(TeamsSettings settings) {
    this(settings, client(CONNECT_TIMEOUT), REQUEST_TIMEOUT, Clock.systemUTC());
  }

  public TeamsOnlineMeetings(
      TeamsSettings settings, HttpClient client, Duration requestTimeout, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = Objects.requireNonNull(client, "client");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** No redirects (the bearer token must not follow one elsewhere), a bounded connection time. */
  public static HttpClient client(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public synchronized Optional<String> newMeetingLink(Instant start, Instant end) {
    Instant now = clock.instant();
    if (now.isBefore(pausedUntil)) {
      return Optional.empty();
    }
    try {
      return Optional.of(onlineMeeting(start, end, now));
    } catch (Failure failure) {
      pausedUntil = now.plus(PAUSE_AFTER_FAILURE);
      LOG.log(
          Level.WARNING,
          "No Teams meeting could be made ({0}); the meeting is kept without a video link",
          failure.getMessage());
      return Optional.empty();
    }
  }

  private String onlineMeeting(Instant start, Instant end, Instant now) throws Failure {
    String body =
        Json.createObjectBuilder()
            .add("startDateTime", start.toString())
            .add("endDateTime", end.toString())
            .add("subject", MailTexts.finnish("mail.teams.subject"))
            .build()
            .toString();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(settings.onlineMeetings())
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + token(now))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            "onlineMeetings");
    if (response.statusCode() == 401) {
      // revoked or expired early: the next meeting asks for a new token
      token = null;
    }
    if (response.statusCode() != 201 && response.statusCode() != 200) {
      throw new Failure("onlineMeetings: " + status(response));
    }
    String link = json(response, "onlineMeetings").getString("joinWebUrl", "");
    if (!isHttps(link)) {
      throw new Failure("onlineMeetings: the answer has no https joinWebUrl");
    }
    return link;
  }

  /** The application's token, from the cache or newly from the tenant's token endpoint. */
  private String token(Instant now) throws Failure {
    if (token != null && now.isBefore(tokenExpires)) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + form(settings.clientId())
            + "&client_secret="
            + form(settings.clientSecret())
            + "&scope="
            + form(settings.scope());
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(settings.tokenEndpoint())
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build(),
            "token");
    if (response.statusCode() != 200) {
      throw new Failure("token: " + status(response));
    }
    JsonObject answer = json(response, "token");
    String issued = answer.getString("access_token", "");
    if (issued.isBlank() || !"bearer".equalsIgnoreCase(answer.getString("token_type", ""))) {
      throw new Failure("token: the answer has no bearer access_token");
    }
    long seconds = answer.containsKey("expires_in") ? numberOrText(answer, "expires_in") : 0L;
    token = issued;
    tokenExpires = now.plusSeconds(seconds).minus(TOKEN_MARGIN);
    return token;
  }

  private HttpResponse<String> send(HttpRequest request, String what) throws Failure {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.net.http.HttpTimeoutException e) {
      throw new Failure(what + ": timed out");
    } catch (IOException e) {
      throw new Failure(what + ": unreachable (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(what + ": interrupted");
    }
  }

  private static JsonObject json(HttpResponse<String> response, String what) throws Failure {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      throw new Failure(what + ": the answer is not a JSON object");
    }
  }

  /** Microsoft documents {@code expires_in} as a number; some answers give it as text. */
  private static long numberOrText(JsonObject answer, String key) throws Failure {
    try {
      return switch (answer.get(key).getValueType()) {
        case NUMBER -> answer.getJsonNumber(key).longValue();
        case STRING -> Long.parseLong(answer.getString(key));
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException e) {
      throw new Failure("token: expires_in is not a number");
    }
  }

  /** "HTTP 403 Forbidden (Graph: Forbidden)": the status and the service's error code, no more. */
  private static String status(HttpResponse<String> response) {
    String code = "";
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      JsonObject body = reader.readObject();
      var error = body.get("error");
      if (error instanceof JsonObject graphError) {
        code = graphError.getString("code", "");
      } else if (error != null && error.getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
        code = body.getString("error");
      }
    } catch (RuntimeException e) {
      // no JSON error: the status says enough
    }
    String safe = code.replaceAll("[^A-Za-z0-9_.-]", "");
    return "HTTP " + response.statusCode() + (safe.isEmpty() ? "" : " (" + safe + ")");
  }

  private static boolean isHttps(String link) {
    try {
      URI uri = URI.create(link);
      return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Why no meeting was made, in words safe to log. */
  private static final class Failure extends Exception {
    Failure(String message) {
      super(message, null, false, false);
    }
  }
}
