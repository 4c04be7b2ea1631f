package fi.aso.integration.outbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A partner's case-management system, stood in by a local HTTP server on loopback: it records every
 * request (to any path) and answers as the test tells it: a status, a redirect, or nothing until
 * the test ends.
 */
final class PartnerSystem implements AutoCloseable {

  record Request(String method, URI uri, Headers headers, byte[] body) {
    String header(String name) {
      return headers.getFirst(name);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  final List<Request> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closing = new CountDownLatch(1);
  private volatile int status = 200;
  private volatile String location;
  private volatile boolean silent;

  PartnerSystem() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // its own threads: a partner that keeps one request waiting still takes the next
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          received.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI(),
                  exchange.getRequestHeaders(),
                  exchange.getRequestBody().readAllBytes()));
          if (silent) {
            try {
              // no answer until the test is over: the platform's timeout must end the attempt first
              closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (location != null) {
            exchange.getResponseHeaders().set("Location", location);
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  /** This partner system's URL for a path (with a query, if any). */
  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
  }

  void answer(int status) {
    this.status = status;
  }

  void redirectTo(int status, String location) {
    this.status = status;
    this.location = location;
  }

  /** Takes requests but does not answer them. */
  void keepSilent() {
    this.silent = true;
  }

  List<Request> to(String path) {
    return received.stream().filter(r -> r.uri().getPath().equals(path)).toList();
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
