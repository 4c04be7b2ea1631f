package fi.aso.web.consent;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.consent.ConsentRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The scanned paper form of a consent version, for the region's staff (audited by the service). */
@WebServlet(name = "consentScan", urlPatterns = "/cases/consent-scan")
public class ConsentScanServlet extends HttpServlet {

  @Inject ConsentRegistry registry;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      long caseId = Long.parseLong(request.getParameter("case"));
      int version = Integer.parseInt(request.getParameter("version"));
      var scan = registry.scan(caseId, version);
      if (scan.isEmpty()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(scan.get().contentType());
      response.setHeader(
          "Content-Disposition", "attachment; filename=\"" + scan.get().fileName() + "\"");
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(scan.get().content());
    } catch (NumberFormatException | CaseAccessDenied e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (jakarta.ejb.EJBException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
