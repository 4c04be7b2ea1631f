package fi.aso.web.faces;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The administrator's system page: send a test mail, look at the newest audit lines. */
@Named
@RequestScoped
public class SystemAdminBean {

  @Inject MailGateway mail;
  @Inject AuditTrail audit;
  @Inject Messages messages;

  private String testRecipient;
  @Inject Times times;
  @Inject People people;

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
      recentAudit =
          audit.recent(50).stream()
              .map(
                  e ->
                      new AuditRow(
                          times.dateTime(e.occurredAt()),
                          people.name(e.actor()),
                          messages.get("audit.action." + e.action()),
                          object(e.objectType()) + e.objectId().map(id -> " " + id).orElse(""),
                          messages.get("audit.outcome." + e.outcome())))
              .toList();
    }
    return recentAudit;
  }

  /** What a line is about in words; a kind of record the bundles do not name is "other". */
  private String object(String type) {
    String key = "audit.object." + type;
    return messages.has(key) ? messages.get(key) : messages.get("admin.audit.object.other");
  }

  /**
   * One audit line as the page shows it: time in Finnish local time, people by name, texts in the
   * user's language. The purpose is left out: the trail keeps it as the code wrote it (English),
   * and its words in the bundles are written for the client's access report.
   */
  public record AuditRow(String when, String actor, String action, String object, String outcome) {}

  public String getTestRecipient() {
    return testRecipient;
  }

  public void setTestRecipient(String testRecipient) {
    this.testRecipient = testRecipient;
  }
}
