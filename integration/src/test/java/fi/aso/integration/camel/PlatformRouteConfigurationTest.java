package fi.aso.integration.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.invitation.Delivery;
import fi.aso.application.invitation.DeliveryQueue;
import fi.aso.application.invitation.Replies;
import fi.aso.domain.invitation.InboundReply;
import fi.aso.domain.invitation.ReplySender;
import fi.aso.integration.inbox.InboxRoutes;
import fi.aso.integration.mail.MailSettings;
import fi.aso.integration.outbox.OutboxRoutes;
import fi.aso.integration.outbox.OutboxSchedule;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.errorhandler.NoErrorHandlerDefinition;
import org.junit.jupiter.api.Test;

/**
 * Every route of the platform runs without an error handler (Camel's default one logs failed
 * exchanges, with their recipients and texts), although no builder says so itself.
 */
class PlatformRouteConfigurationTest {

  private static final DeliveryQueue NOTHING_DUE =
      new DeliveryQueue() {
        @Override
        public List<Delivery> claim(String node, int max, Duration lease) {
          return List.of();
        }

        @Override
        public void delivered(long id) {}

        @Override
        public void failed(long id, String error) {}
      };

  @Test
  void everyRouteOfTheOutboxAndTheInboxRunsWithoutAnErrorHandler() throws Exception {
    MailSettings mail =
        new MailSettings("127.0.0.1", 1, "aso@aso.test")
            .withInbox("127.0.0.1", 1, "aso@aso.test", "x");
    Replies noReplies =
        new Replies() {
          @Override
          public InboundReply.Outcome receive(
              String messageId, ReplySender sender, String calendar, String raw) {
            return null;
          }
        };
    CamelContext camel = new DefaultCamelContext();
    // long periods: nothing polls before the context is stopped again
    PlatformRouteConfiguration.addTo(
        camel,
        List.of(
            new OutboxRoutes(mail, NOTHING_DUE, new OutboxSchedule(60_000, 20)),
            new InboxRoutes(mail, noReplies, 60_000)));
    camel.start();
    try {
      assertThat(camel.getRoutes())
          .extracting(Route::getRouteId)
          .contains(
              "outbox-poll",
              "outbox-round",
              "outbox-deliver",
              "deliver-email",
              "deliver-secure-email",
              "deliver-webhook",
              "inbox-replies");
      assertThat(((ModelCamelContext) camel).getRouteDefinitions())
          .allSatisfy(
              route ->
                  assertThat(route.getErrorHandlerFactory())
                      .as(route.getRouteId())
                      .isInstanceOf(NoErrorHandlerDefinition.class));
    } finally {
      camel.stop();
    }
  }

  @Test
  void aFailureGoesBackToTheCallerWithoutPassingAnErrorHandler() throws Exception {
    CamelContext platform = new DefaultCamelContext();
    PlatformRouteConfiguration.addTo(platform, List.of(failing()));
    CamelContext plain = new DefaultCamelContext();
    plain.addRoutes(failing());
    platform.start();
    plain.start();
    try {
      Exchange quiet =
          platform
              .createProducerTemplate()
              .send("direct:fails", e -> e.getIn().setBody("kalle@kodit.test"));
      Exchange logged =
          plain
              .createProducerTemplate()
              .send("direct:fails", e -> e.getIn().setBody("kalle@kodit.test"));

      assertThat(quiet.getException()).isInstanceOf(IllegalStateException.class);
      assertThat(quiet.getExchangeExtension().isErrorHandlerHandledSet())
          .as("no error handler saw it")
          .isFalse();
      assertThat(logged.getExchangeExtension().isErrorHandlerHandledSet())
          .as("Camel's default error handler, which logs")
          .isTrue();
    } finally {
      platform.stop();
      plain.stop();
    }
  }

  private static RouteBuilder failing() {
    return new RouteBuilder() {
      @Override
      public void configure() {
        from("direct:fails").routeId("fails").throwException(new IllegalStateException("refused"));
      }
    };
  }

  @Test
  void aBuilderWithAnErrorHandlerOfItsOwnIsRefused() {
    CamelContext camel = new DefaultCamelContext();
    RouteBuilder loud =
        new RouteBuilder() {
          @Override
          public void configure() {
            errorHandler(defaultErrorHandler());
            from("direct:loud").routeId("loud").to("log:loud");
          }
        };

    assertThatThrownBy(() -> PlatformRouteConfiguration.addTo(camel, List.of(loud)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loud");
  }
}
