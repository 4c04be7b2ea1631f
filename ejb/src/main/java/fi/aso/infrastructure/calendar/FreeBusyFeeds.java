package fi.aso.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches partners' calendar feeds (iCalendar free/busy or event exports) over HTTP(S) and reads
 * their busy times, so a chair can see when the contact persons of a meeting are free.
 *
 * <p>Never throws for a bad feed: an unreachable, slow, failing or unreadable feed gives a {@link
 * FeedResult} with a short problem ("unreachable", "timed out", "HTTP 500", "not an iCalendar
 * file"), so the other feeds can still be used.
 *
 * <p>Server-side request forgery: the platform fetches whatever address is stored, from inside its
 * network. Only the feed addresses of contact persons, set by administrators, may be passed here,
 * never an address typed by a partner or a client. As further limits, only http and https are
 * fetched (not file:, ftp: or jar:), redirects are not followed (a trusted address cannot bounce
 * the request to an internal one), and each fetch is cut off after {@link #MAX_BYTES} and after the
 * request timeout (which also covers a body that trickles in). Private addresses are not refused,
 * because a partner's calendar server may well be in a municipal network.
 */
@ApplicationScoped
public class FreeBusyFeeds {

  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
  public static final int MAX_BYTES = FreeBusyParser.MAX_CHARS;

  private final HttpClient client;
  private final Duration requestTimeout;
  private final FreeBusyParser parser = new FreeBusyParser();

  /** With the standard timeouts; also the constructor CDI uses. */
  public FreeBusyFeeds() {
    this(client(CONNECT_TIMEOUT), REQUEST_TIMEOUT);
  }

  /**
   * @param client preferably from {@link #client(Duration)}: a client that follows redirects
   *     weakens the protection described above
   * @param requestTimeout the longest a fetch may take from sending the request to the last byte
   */
  public FreeBusyFeeds(HttpClient client, Duration requestTimeout) {
    this.client = Objects.requireNonNull(client, "client");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  /** An HTTP client as this class expects it: no redirects, a bounded connection time. */
  public static HttpClient client(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * The busy intervals of one feed within {@code [from, to)}; waits at most the request timeout.
   *
   * @param zone the zone of the feed's floating times and all-day events (the region's)
   */
  public FeedResult fetch(String url, Instant from, Instant to, ZoneId zone) {
    return fetchAll(Collections.singletonList(url), from, to, zone).get(0);
  }

  /**
   * Several feeds at once, in parallel, so that a meeting with many contact persons waits about one
   * request timeout, not one per person. The results are in the order of {@code urls}.
   */
  public List<FeedResult> fetchAll(List<String> urls, Instant from, Instant to, ZoneId zone) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("the window must end after it starts");
    }
    List<CompletableFuture<FeedResult>> pending =
        urls.stream().map(url -> start(url, from, to, zone)).toList();
    return pending.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<FeedResult> start(String url, Instant from, Instant to, ZoneId zone) {
    Optional<HttpRequest> request = httpRequest(url);
    if (request.isEmpty()) {
      return CompletableFuture.completedFuture(
          FeedResult.failed(url, "not an http or https address"));
    }
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request.get(), okBodyOnly());
    // The deadline runs on a copy: cancelling the original is what aborts the HTTP exchange.
    return exchange
        .copy()
        .orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              if (failure != null) {
                exchange.cancel(true);
                return FeedResult.failed(url, describe(failure));
              }
              return read(url, response, from, to, zone);
            });
  }

  private FeedResult read(
      String url, HttpResponse<byte[]> response, Instant from, Instant to, ZoneId zone) {
    int status = response.statusCode();
    if (status != 200) {
      String redirect = status / 100 == 3 ? " (redirects are not followed)" : "";
      return FeedResult.failed(url, "HTTP " + status + redirect);
    }
    try {
      String text = new String(response.body(), StandardCharsets.UTF_8);
      return FeedResult.read(url, parser.parse(text, from, to, zone));
    } catch (FeedProblem problem) {
      return FeedResult.failed(url, problem.getMessage());
    }
  }

  /** Reads the body of a 200 response (up to the limit); other bodies are discarded. */
  private static BodyHandler<byte[]> okBodyOnly() {
    return info ->
        info.statusCode() == 200
            ? new LimitedBody(MAX_BYTES)
            : BodySubscribers.replacing(new byte[0]);
  }

  /** A GET for an absolute http(s) address with a host; nothing for any other text. */
  private Optional<HttpRequest> httpRequest(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      if (!http || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(
          HttpRequest.newBuilder(uri)
              .timeout(requestTimeout)
              .header("Accept", "text/calendar")
              .GET()
              .build());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A short reason for a failed exchange; the exception chain says which kind it was. */
  private static String describe(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FeedProblem) {
        return cause.getMessage();
      }
      if (cause instanceof HttpConnectTimeoutException) {
        return "unreachable";
      }
      if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
        return "timed out";
      }
      if (cause instanceof SSLException) {
        return "secure connection failed";
      }
    }
    return "unreachable";
  }
}
