package fi.aso.web.consent;

import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The receipt of the consent just given, for the same browser session only. */
@WebServlet(name = "consentReceipt", urlPatterns = "/consent/receipt.pdf")
public class ConsentReceiptServlet extends DownloadServlet {

  @Inject ClientConsentSession session;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    return Optional.ofNullable(session.receipt())
        .map(receipt -> Download.pdf(ConsentReceiptPdf.render(receipt), "suostumus-kuitti.pdf"));
  }
}
