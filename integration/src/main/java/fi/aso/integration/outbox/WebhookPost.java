package fi.aso.integration.outbox;

import fi.aso.application.invitation.Delivery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An invitation to a partner's own system: the JSON payload POSTed with an HMAC-SHA256 signature
 * of the exact body ({@code X-ASO-Signature: sha256=<hex>}, key shared with the organisation),
 * the Message-ID and the idempotency key, so the partner can check who sent it and skip a repeat.
 * Anything but a 2xx answer, or no answer within the timeout, is a failed attempt.
 */
final class WebhookPost {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  private WebhookPost() {}

  static void send(Delivery delivery) throws IOException, InterruptedException {
    if (delivery.webhookKey() == null) {
      throw new IllegalStateException("the organisation's webhook has no key");
    }
    byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.recipient()))
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("X-ASO-Signature", "sha256=" + signature(delivery.webhookKey(), body))
        .header("X-ASO-Message-Id", delivery.messageId())
        .header("Idempotency-Key", delivery.idempotencyKey())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("the partner system answered HTTP " + response.statusCode());
    }
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
}
