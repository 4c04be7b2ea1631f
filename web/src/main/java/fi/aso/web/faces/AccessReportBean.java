package fi.aso.web.faces;

import fi.aso.application.audit.AccessReportLine;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.CaseFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;

/** The chair's report for one client: who saw, received or changed what, and when. */
@Named
@RequestScoped
public class AccessReportBean {

  @Inject CaseFile caseFile;
  @Inject LocaleBean locale;

  private Long id;
  private List<AccessReportLine> lines;

  public void load() throws IOException {
    try {
      lines = id == null ? null : caseFile.accessReport(id);
    } catch (CaseAccessDenied e) {
      lines = null;
    }
    if (lines == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public String format(Instant when) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale.getLocale())
        .withZone(ZoneId.of("Europe/Helsinki"))
        .format(when);
  }

  /** What was seen or changed, in the reader's words where the page has them (else its name). */
  public String objectWords(String objectType) {
    ResourceBundle bundle =
        FacesContext.getCurrentInstance()
            .getApplication()
            .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
    String key = "audit.object." + objectType;
    return bundle.containsKey(key) ? bundle.getString(key) : objectType;
  }

  public List<AccessReportLine> getLines() {
    return lines;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
