package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * An invitation to a partner's own system: the JSON payload POSTed with an HMAC-SHA256 signature of
 * the exact body ({@code X-ASO-Signature: sha256=<hex>}, key shared with the organisation), the
 * Message-ID and the idempotency key, so the partner can check who sent it and skip a repeat.
 * Anything but a 2xx answer (a redirect too: it is not followed), or no answer within the timeout,
 * is a failed attempt. The POST itself is camel-http's ({@link #endpoint}).
 */
final class WebhookPost {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

  /** The registry name of {@link PartnerSystemClient}. */
  static final String CLIENT = "partnerSystemClient";

  private WebhookPost() {}

  /**
   * The one camel-http endpoint for every partner system; the recipient's URL comes per message in
   * {@link Exchange#HTTP_URI}, so one connection pool serves them all and no endpoint is made per
   * URL (toD would cache one per partner). The endpoint's own address is never called. Status codes
   * are checked by {@link #checkAnswer} rather than by throwExceptionOnFailure, whose exception
   * quotes the whole URL (which may carry the partner's token) into the outbox's error text.
   * Response bodies and headers are not read into the exchange: only the status matters.
   */
  static String endpoint(Duration responseTimeout) {
    long response = responseTimeout.toMillis();
    return "http://partner-system"
        + "?httpMethod=POST"
        + "&followRedirects=false"
        + "&throwExceptionOnFailure=false"
        + "&ignoreResponseBody=true"
        + "&skipResponseHeaders=true"
        + "&connectTimeout="
        + CONNECT_TIMEOUT.toMillis()
        + "&connectionRequestTimeout="
        + CONNECT_TIMEOUT.toMillis()
        + "&responseTimeout="
        + response
        + "&soTimeout="
        + response
        + "&httpClientConfigurer=#"
        + CLIENT;
  }

  /**
   * Turns the exchange (body: the {@link Delivery}) into the request. Every header goes first:
   * camel-http sends exchange headers as HTTP headers, and those of earlier steps are nothing the
   * partner should see.
   */
  static void request(Exchange exchange) {
    Delivery delivery = exchange.getIn().getBody(Delivery.class);
    if (delivery.webhookKey() == null) {
      throw new IllegalStateException("the organisation's webhook has no key");
    }
    byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
    Message request = exchange.getIn();
    request.removeHeaders("*");
    request.setHeader(Exchange.HTTP_URI, partnerUrl(delivery.recipient()));
    request.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
    request.setHeader("X-ASO-Signature", "sha256=" + signature(delivery.webhookKey(), body));
    request.setHeader("X-ASO-Message-Id", delivery.messageId());
    request.setHeader("Idempotency-Key", delivery.idempotencyKey());
    request.setBody(body);
  }

  /** After the POST: only a 2xx answer is a delivery. */
  static void checkAnswer(Exchange exchange) throws IOException {
    Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
    if (status == null || status / 100 != 2) {
      throw new IOException("the partner system answered HTTP " + status);
    }
  }

  /**
   * The organisation's URL as the administrator set it, if it is an absolute http(s) URL.
   * camel-http resolves {{placeholders}} in it against the platform's configuration, which would
   * send configuration values to the partner: such URLs are refused.
   */
  private static String partnerUrl(String url) {
    URI uri = URI.create(url);
    if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
        || uri.getHost() == null
        || url.contains("{{")) {
      throw new IllegalArgumentException("the organisation's webhook is not an http(s) URL");
    }
    return url;
  }

  static String signature(byte[] key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The HTTP client for partner systems: no redirects (a 3xx is a failure, and following one could
   * POST the invitation to another host), no cookies (a partner's cookie would come back as a
   * header of the next POST), no automatic retries (a retry is the outbox's, with its pause).
   */
  static final class PartnerSystemClient implements HttpClientConfigurer {
    @Override
    public void configureHttpClient(HttpClientBuilder client) {
      client.disableRedirectHandling().disableCookieManagement().disableAutomaticRetries();
    }
  }
}
