package fi.aso.integration.mail;

import fi.aso.integration.camel.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the platform's inbox (calendar replies) on /health/ready. The node stays ready while it
 * is down: replies wait in the mailbox and are read once it is back.
 */
@Readiness
@ApplicationScoped
public class InboxReadiness implements HealthCheck {

  @Inject StartupState startup;

  @Inject MailSettings settings;

  @Override
  public HealthCheckResponse call() {
    if (!startup.isStarted()) {
      return StartupState.starting("mail-inbox");
    }
    var response = HealthCheckResponse.named("mail-inbox").up();
    SmtpProbe.imapProblemWith(settings.imapHost(), settings.imapPort())
        .ifPresent(problem -> response.withData("error", problem));
    return response.build();
  }
}
