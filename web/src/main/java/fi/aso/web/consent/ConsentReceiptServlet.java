package fi.aso.web.consent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The receipt of the consent just given, for the same browser session only. */
@WebServlet(name = "consentReceipt", urlPatterns = "/consent/receipt.pdf")
public class ConsentReceiptServlet extends HttpServlet {

  @Inject ClientConsentSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ClientConsentSession.Receipt receipt = session.receipt();
    if (receipt == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = ConsentReceiptPdf.render(receipt);
    fi.aso.web.PdfDownload.write(response, pdf, "suostumus-kuitti.pdf");
  }
}
