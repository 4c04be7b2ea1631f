package fi.aso.web.meeting;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.application.minutes.MinutesService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The whole minutes as PDF for the region's staff, or with {@code case=} the client's own copy
 * (their slot only) for the case worker to hand over. The page links here; every read is audited.
 */
@WebServlet(name = "minutesPdf", urlPatterns = "/meetings/minutes.pdf")
public class MinutesPdfServlet extends HttpServlet {

  @Inject MinutesService minutes;
  @Inject MinutesDistribution distribution;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    Long caseId;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("id")));
      caseId =
          request.getParameter("case") == null ? null : Long.valueOf(request.getParameter("case"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    try {
      pdf = caseId == null ? minutes.wholePdf(id) : distribution.clientCopy(id, caseId);
    } catch (CaseAccessDenied e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
      return;
    }
    fi.aso.web.PdfDownload.write(
        response, pdf, caseId == null ? "muistio-" + id + ".pdf" : "muistio-oma-" + id + ".pdf");
  }
}
