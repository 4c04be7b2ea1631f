package fi.aso.integration.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.invitation.Delivery;
import fi.aso.application.invitation.DeliveryQueue;
import fi.aso.integration.camel.PlatformRouteConfiguration;
import fi.aso.integration.mail.MailSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * The timer's round when the outbox itself fails: logged by class, not by the database's message.
 */
class OutboxPollTest {

  @Test
  void aFailingOutboxIsLoggedWithoutItsMessageAndTheTimerGoesOn() throws Exception {
    DeliveryQueue broken =
        new DeliveryQueue() {
          @Override
          public List<Delivery> claim(String node, int max, Duration lease) {
            throw new IllegalStateException(
                "ERROR: new row violates check constraint; Failing row contains (7, kalle@kodit.test)");
          }

          @Override
          public void delivered(long id) {}

          @Override
          public void failed(long id, String error) {}
        };
    List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger.getLogger(OutboxRound.class.getName()).addHandler(capture);
    CamelContext camel = new DefaultCamelContext();
    PlatformRouteConfiguration.addTo(
        camel,
        List.of(
            new OutboxRoutes(
                new MailSettings("127.0.0.1", 1, "aso@aso.test"),
                broken,
                new OutboxSchedule(50, 20))));
    // completed, not failed: the exception does not reach the timer's own exception handler
    NotifyBuilder twoRounds =
        new NotifyBuilder(camel).fromRoute("outbox-poll").whenCompleted(2).create();
    camel.start();
    try {
      assertThat(twoRounds.matches(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      camel.stop();
      Logger.getLogger(OutboxRound.class.getName()).removeHandler(capture);
    }
    assertThat(warnings)
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(
            warning ->
                assertThat(warning.getMessage())
                    .isEqualTo(
                        "Outbox round failed (IllegalStateException); the next round tries again"));
  }
}
