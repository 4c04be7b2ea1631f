package fi.aso.web.meeting;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.minutes.MinutesDistribution;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The link in a minutes mail: a signed-in partner of the copy's organisation (or the region's
 * staff) gets the copy as PDF, cut by the consent as it is now. Anyone else: not found.
 */
@WebServlet(name = "minutesCopy", urlPatterns = "/minutes/copy.pdf")
public class MinutesCopyServlet extends HttpServlet {

  @Inject MinutesDistribution distribution;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] pdf;
    try {
      pdf = distribution.copyPdf(Long.parseLong(String.valueOf(request.getParameter("id"))));
    } catch (NumberFormatException | CaseAccessDenied e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    fi.aso.web.PdfDownload.write(response, pdf, "muistio.pdf");
  }
}
