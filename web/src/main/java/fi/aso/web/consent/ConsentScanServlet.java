package fi.aso.web.consent;

import fi.aso.application.consent.ConsentRegistry;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.Ids;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The scanned paper form of a consent version, for the region's staff (audited by the service). */
@WebServlet(name = "consentScan", urlPatterns = "/cases/consent-scan")
public class ConsentScanServlet extends DownloadServlet {

  @Inject ConsentRegistry registry;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    Long caseId = Ids.parse(request.getParameter("case"));
    Long version = Ids.parse(request.getParameter("version"));
    if (caseId == null || version == null || version != version.intValue()) {
      return Optional.empty();
    }
    try {
      return registry
          .scan(caseId, version.intValue())
          .map(scan -> new Download(scan.contentType(), scan.content(), scan.fileName()));
    } catch (EJBException e) {
      // a scan that cannot be opened (e.g. sealed with another key) is not there for the reader
      return Optional.empty();
    }
  }
}
