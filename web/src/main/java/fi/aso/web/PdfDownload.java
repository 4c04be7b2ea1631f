package fi.aso.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A PDF answered as a download that no cache keeps (receipts, minutes: client data). */
public final class PdfDownload {

  private PdfDownload() {}

  public static void write(HttpServletResponse response, byte[] pdf, String fileName)
      throws IOException {
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + fileName.replaceAll("[^\\w.-]", "_") + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
