package fi.aso.web.faces;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The administrator's system page: send a test mail, look at the newest audit lines. */
@Named
@RequestScoped
public class SystemAdminBean {

  /** The platform's users are in Finland; audit times are shown in Finnish time. */
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @Inject MailGateway mail;
  @Inject AuditTrail audit;
  @Inject Messages messages;

  private String testRecipient;
  @Inject LocaleBean locale;

  private List<AuditRow> recentAudit;

  public void sendTestMail() {
    try {
      mail.send(
          new OutgoingMail(
              testRecipient,
              messages.get("admin.testMail.subject"),
              messages.get("admin.testMail.body")));
      messages.info("admin.testMail.sent");
    } catch (Refusal e) {
      messages.errorAt("testMail:recipient", "admin.testMail.invalidAddress");
    } catch (RuntimeException e) {
      messages.error("admin.testMail.failed");
    }
  }

  public List<AuditRow> getRecentAudit() {
    if (recentAudit == null) {
      DateTimeFormatter when =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
              .withLocale(locale.getLocale())
              .withZone(HELSINKI);
      recentAudit =
          audit.recent(50).stream()
              .map(
                  e ->
                      new AuditRow(
                          when.format(e.occurredAt()),
                          e.actor(),
                          messages.get("audit.action." + e.action()),
                          e.objectType() + e.objectId().map(id -> " " + id).orElse(""),
                          e.purpose(),
                          messages.get("audit.outcome." + e.outcome())))
              .toList();
    }
    return recentAudit;
  }

  /**
   * One audit line as the page shows it: time in Finnish local time, texts in the user's language.
   */
  public record AuditRow(
      String when, String actor, String action, String object, String purpose, String outcome) {}

  public String getTestRecipient() {
    return testRecipient;
  }

  public void setTestRecipient(String testRecipient) {
    this.testRecipient = testRecipient;
  }
}
