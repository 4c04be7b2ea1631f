package fi.aso.integration.inbox;

import fi.aso.application.invitation.Replies;
import fi.aso.integration.mail.MailSettings;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the platform's inbox: each unseen mail is handed to {@link Replies} with its sender
 * addresses (From and Sender), its calendar part and its whole text; Replies applies a calendar
 * answer or keeps the mail for a human. A mail is marked seen only after that succeeded, so a
 * database or parsing fault leaves it for the next poll: nothing is lost. No error handler logs the
 * mail itself ({@link fi.aso.integration.camel.PlatformRouteConfiguration}).
 */
// @Dependent, not a normal scope: RouteBuilder has final methods, so CDI could not proxy it
@Dependent
public class InboxRoutes extends RouteBuilder {

  @Inject MailSettings settings;
  @Inject Replies replies;

  @Inject
  @ConfigProperty(name = "aso.inbox.poll-millis")
  long pollMillis;

  public InboxRoutes() {}

  /** For tests outside the container. */
  public InboxRoutes(MailSettings settings, Replies replies, long pollMillis) {
    this.settings = settings;
    this.replies = replies;
    this.pollMillis = pollMillis;
  }

  @Override
  public void configure() {
    if (pollMillis <= 0) {
      return;
    }
    from(settings.imapEndpoint(pollMillis))
        .routeId("inbox-replies")
        .process(
            e -> {
              ReplyMail mail = ReplyMail.of(e.getIn(MailMessage.class).getOriginalMessage());
              replies.receive(mail.messageId(), mail.sender(), mail.calendar(), mail.raw());
            });
  }
}
