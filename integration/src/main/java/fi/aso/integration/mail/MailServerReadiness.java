package fi.aso.integration.mail;

import fi.aso.integration.camel.StartupState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the SMTP relay greets us. */
@Readiness
@ApplicationScoped
public class MailServerReadiness implements HealthCheck {

  @Inject StartupState startup;

  @Inject MailSettings settings;

  @Override
  public HealthCheckResponse call() {
    if (!startup.isStarted()) {
      return StartupState.starting("mail-server");
    }
    var response = HealthCheckResponse.named("mail-server");
    return SmtpProbe.problemWith(settings.host(), settings.port())
        .map(problem -> response.down().withData("error", problem).build())
        .orElseGet(() -> response.up().build());
  }
}
