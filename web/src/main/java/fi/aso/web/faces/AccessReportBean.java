package fi.aso.web.faces;

import fi.aso.application.audit.AccessReport;
import fi.aso.application.audit.AccessReportQuery;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.CaseAccessReport;
import fi.aso.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/**
 * The chair's access report for one client: who saw, received or changed what, and when, grouped
 * and in the reader's language, filtered by period and recipient and paged by the page's own
 * address (a plain GET form, so a filtered report can be bookmarked and refreshed); with the PDF
 * for the client one click away.
 */
@Named
@RequestScoped
public class AccessReportBean {

  @Inject CaseAccessReport reports;
  @Inject LocaleBean locale;
  @Inject Messages messages;

  private Long id;
  private AccessReport report;
  private boolean invalid;

  public void load() throws IOException {
    Map<String, String> p =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      if (id != null) {
        report =
            reports.page(
                id,
                AccessReportQuery.of(
                    p.get("from"), p.get("to"), p.get("recipient"), p.get("page"), null),
                locale.getLocale());
      }
    } catch (Refusal e) {
      invalid = true;
      messages.error("report.filter.invalid");
      report = reports.page(id, AccessReportQuery.all(), locale.getLocale());
    } catch (CaseAccessDenied e) {
      report = null;
    }
    if (report == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public AccessReport getReport() {
    return report;
  }

  /** Whether the address's filters were refused (the whole report is shown instead). */
  public boolean isInvalid() {
    return invalid;
  }

  /** The language the PDF is offered in first: the page's own. */
  public String getLanguage() {
    return locale.getLocale().getLanguage();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
