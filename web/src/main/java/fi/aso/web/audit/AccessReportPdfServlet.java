package fi.aso.web.audit;

import fi.aso.application.audit.AccessReportQuery;
import fi.aso.application.clientcase.CaseAccessReport;
import fi.aso.domain.Refusal;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * A client's access report as the PDF a case worker hands to them ({@code id=} the case; {@code
 * from=}, {@code to=}, {@code recipient=} as on the report page; {@code language=} fi, sv or en).
 * The region's chairs only, as the report page; making it is audited against the case.
 */
@WebServlet(name = "accessReportPdf", urlPatterns = "/cases/access-report.pdf")
public class AccessReportPdfServlet extends DownloadServlet {

  @Inject CaseAccessReport reports;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    Long id = Ids.parse(request.getParameter("id"));
    if (id == null) {
      return Optional.empty();
    }
    AccessReportQuery query;
    try {
      query =
          AccessReportQuery.of(
              request.getParameter("from"),
              request.getParameter("to"),
              request.getParameter("recipient"),
              null,
              null);
    } catch (Refusal malformed) {
      return Optional.empty(); // an address typed by hand: as any malformed address
    }
    String language = request.getParameter("language");
    return Optional.of(
        Download.pdf(
            reports.pdf(id, query, language == null ? null : Locale.of(language)),
            "tietojen-kaytto-" + id + ".pdf"));
  }
}
