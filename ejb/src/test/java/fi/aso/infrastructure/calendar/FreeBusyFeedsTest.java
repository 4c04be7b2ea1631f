package fi.aso.infrastructure.calendar;

import static fi.aso.infrastructure.calendar.ExampleFeeds.busy;
import static fi.aso.infrastructure.calendar.ExampleFeeds.calendar;
import static fi.aso.infrastructure.calendar.ExampleFeeds.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against a real HTTP server on the loopback interface, standing in for a partner's calendar
 * system: good, failing, slow and nonsense answers.
 */
class FreeBusyFeedsTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-05-01T00:00:00Z");
  private static final Duration SHORT = Duration.ofMillis(300);
  private static final String FEED =
      calendar(event("m", "DTSTART;TZID=Europe/Helsinki:20260330T090000", "DURATION:PT1H"));

  private static HttpServer server;
  private static ExecutorService handlers;
  private static final java.util.concurrent.CountDownLatch testsOver =
      new java.util.concurrent.CountDownLatch(1);

  /** Generous timeouts, so a slow build machine does not fail the tests of answers. */
  private final FreeBusyFeeds feeds =
      new FreeBusyFeeds(FreeBusyFeeds.client(Duration.ofSeconds(3)), Duration.ofSeconds(5));

  /** A short request timeout, so the tests of slow servers stay fast. */
  private final FreeBusyFeeds impatient = new FreeBusyFeeds(FreeBusyFeeds.client(SHORT), SHORT);

  @BeforeAll
  static void startPartnerServer() throws IOException {
    handlers = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    server.createContext("/good.ics", answer(200, FEED));
    server.createContext(
        "/biweekly.ics", answer(200, ExampleFeeds.biweekly(ExampleFeeds.fleStandardTime())));
    server.createContext("/error.ics", answer(500, "Internal Server Error"));
    server.createContext("/garbage.ics", answer(200, "<html><body>Please log in</body></html>"));
    server.createContext(
        "/huge.ics", answer(200, "BEGIN:VCALENDAR\r\n" + "X".repeat(FreeBusyFeeds.MAX_BYTES)));
    server.createContext(
        "/moved.ics",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/good.ics");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.createContext(
        "/slow.ics",
        exchange -> {
          holdUntilTestsAreOver();
          respond(exchange, 200, FEED);
        });
    server.createContext(
        "/trickle.ics",
        exchange -> {
          byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, 20);
            out.flush();
            holdUntilTestsAreOver();
            out.write(body, 20, body.length - 20);
          } catch (IOException clientGaveUp) {
            // expected: the client stops waiting
          }
        });
    server.start();
  }

  @AfterAll
  static void stopPartnerServer() {
    testsOver.countDown();
    server.stop(0);
    handlers.shutdownNow();
  }

  @Test
  void aGoodFeedGivesItsBusyTimes() {
    FeedResult result = feeds.fetch(url("/good.ics"), FROM, TO, HELSINKI);

    assertThat(result.problem()).isEmpty();
    assertThat(result.url()).isEqualTo(url("/good.ics"));
    assertThat(result.busy()).containsExactly(busy("2026-03-30T06:00:00Z", "2026-03-30T07:00:00Z"));
  }

  @Test
  void theDefaultsUsedByCdiWork() {
    assertThat(new FreeBusyFeeds().fetch(url("/good.ics"), FROM, TO, HELSINKI).busy()).hasSize(1);
  }

  @Test
  void aFeedWrittenByBiweeklyIsReadOverHttp() {
    FeedResult result = feeds.fetch(url("/biweekly.ics"), FROM, TO, HELSINKI);

    assertThat(result.problem()).isEmpty();
    assertThat(result.busy()).containsExactlyElementsOf(ExampleFeeds.BIWEEKLY_BUSY);
  }

  @Test
  void aServerErrorIsReportedWithItsStatus() {
    assertThat(feeds.fetch(url("/error.ics"), FROM, TO, HELSINKI).problem()).contains("HTTP 500");
  }

  @Test
  void aRedirectIsNotFollowed() {
    assertThat(feeds.fetch(url("/moved.ics"), FROM, TO, HELSINKI).problem())
        .contains("HTTP 302 (redirects are not followed)");
  }

  @Test
  void somethingElseThanACalendarIsReportedAsSuch() {
    FeedResult result = feeds.fetch(url("/garbage.ics"), FROM, TO, HELSINKI);

    assertThat(result.problem()).contains("not an iCalendar file");
    assertThat(result.busy()).isEmpty();
  }

  @Test
  void anOversizedAnswerIsCutOff() {
    assertThat(feeds.fetch(url("/huge.ics"), FROM, TO, HELSINKI).problem())
        .contains("the feed is larger than 2 MB");
  }

  @Test
  void aServerThatDoesNotAnswerInTimeTimesOut() {
    long started = System.nanoTime();

    FeedResult result = impatient.fetch(url("/slow.ics"), FROM, TO, HELSINKI);

    assertThat(result.problem()).contains("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
  }

  @Test
  void aBodyThatTricklesInTimesOutToo() {
    long started = System.nanoTime();

    FeedResult result = impatient.fetch(url("/trickle.ics"), FROM, TO, HELSINKI);

    assertThat(result.problem()).contains("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2000));
  }

  @Test
  void aClosedPortIsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    FeedResult result =
        feeds.fetch("http://127.0.0.1:" + closedPort + "/feed.ics", FROM, TO, HELSINKI);

    assertThat(result.problem()).contains("unreachable");
    assertThat(result.busy()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "jar:file:/app.jar!/secret",
        "ftp://calendar.example/feed.ics",
        "webcal://calendar.example/feed.ics",
        "calendar.example/feed.ics",
        "http:///no-host",
        "http://exa mple/",
        ""
      })
  void onlyHttpAndHttpsAddressesAreFetched(String address) {
    assertThat(feeds.fetch(address, FROM, TO, HELSINKI).problem())
        .contains("not an http or https address");
  }

  @Test
  void severalFeedsAreFetchedInParallelAndReportedInOrder() {
    List<String> urls =
        Arrays.asList(
            url("/slow.ics"),
            url("/slow.ics"),
            url("/slow.ics"),
            url("/error.ics"),
            "file:///etc/passwd");
    long started = System.nanoTime();

    List<FeedResult> results = impatient.fetchAll(urls, FROM, TO, HELSINKI);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SHORT.multipliedBy(3));
    assertThat(results).extracting(FeedResult::url).containsExactlyElementsOf(urls);
    assertThat(results)
        .extracting(FeedResult::problem)
        .containsExactly(
            Optional.of("timed out"),
            Optional.of("timed out"),
            Optional.of("timed out"),
            Optional.of("HTTP 500"),
            Optional.of("not an http or https address"));
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static HttpHandler answer(int status, String body) {
    return exchange -> respond(exchange, status, body);
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException clientGaveUp) {
      // the client may stop reading (too large, timed out)
    }
  }

  /**
   * A partner's server that is too slow: it holds its answer until the tests are over (or 30 s),
   * long after the client's timeout. Waiting on a latch, not a fixed sleep, so the tests end as
   * soon as they are done.
   */
  private static void holdUntilTestsAreOver() {
    try {
      testsOver.await(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }
}
