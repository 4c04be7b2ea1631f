package fi.aso.web.faces;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.mail.MailGateway;
import fi.aso.application.mail.OutgoingMail;
import fi.aso.domain.audit.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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
  @Inject FacesContext faces;

  private String testRecipient;
  private List<AuditEvent> recentAudit;

  public void sendTestMail() {
    try {
      mail.send(
          new OutgoingMail(
              testRecipient, messages.get("admin.testMail.subject"), messages.get("admin.testMail.body")));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("admin.testMail.sent"), null));
    } catch (IllegalArgumentException e) {
      faces.addMessage(
          "testMail:recipient",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("admin.testMail.invalidAddress"), null));
    } catch (RuntimeException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("admin.testMail.failed"), null));
    }
  }

  public List<AuditEvent> getRecentAudit() {
    if (recentAudit == null) {
      recentAudit = audit.recent(50);
    }
    return recentAudit;
  }

  public String getTestRecipient() {
    return testRecipient;
  }

  public void setTestRecipient(String testRecipient) {
    this.testRecipient = testRecipient;
  }
}
