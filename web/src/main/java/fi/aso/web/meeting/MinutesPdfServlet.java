package fi.aso.web.meeting;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.minutes.MinutesService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The whole minutes as PDF for the region's staff (the page links here; the read is audited). */
@WebServlet(name = "minutesPdf", urlPatterns = "/meetings/minutes.pdf")
public class MinutesPdfServlet extends HttpServlet {

  @Inject MinutesService minutes;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    try {
      id = Long.parseLong(String.valueOf(request.getParameter("id")));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    try {
      pdf = minutes.wholePdf(id);
    } catch (CaseAccessDenied e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    fi.aso.web.PdfDownload.write(response, pdf, "muistio-" + id + ".pdf");
  }
}
