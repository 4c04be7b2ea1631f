package fi.aso.integration.outbox;

import fi.aso.application.invitation.Reminders;
import fi.aso.application.meeting.VideoReadiness;
import fi.aso.application.meetingday.ActionReminders;
import fi.aso.application.steering.ReferralReminders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the day-before meeting reminders, the actions' and unanswered referrals' due and overdue
 * reminders and the chair's day-before check of video slots to the outbox every quarter of an hour
 * (the outbox routes then deliver them). Writing is idempotent (per invitation version, action and
 * due date, slot and day), so several nodes may run it.
 */
// @Dependent, not a normal scope: RouteBuilder has final methods, so CDI could not proxy it
@Dependent
public class ReminderRoutes extends RouteBuilder {

  @Inject Reminders reminders;
  @Inject ActionReminders actionReminders;
  @Inject VideoReadiness videoReadiness;
  @Inject ReferralReminders referralReminders;

  @Inject
  @ConfigProperty(name = "aso.reminders.poll-millis")
  long pollMillis;

  @Override
  public void configure() {
    if (pollMillis > 0) {
      from("timer:reminders?delay=60000&period=" + pollMillis)
          .routeId("reminders")
          .process(e -> reminders.writeDue())
          .process(e -> actionReminders.writeDue())
          .process(e -> referralReminders.writeDue())
          .process(e -> videoReadiness.writeDue());
    }
  }
}
