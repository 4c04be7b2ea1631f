package fi.aso.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file answered to one reader (a receipt, a consent scan, minutes, a calendar feed: client data),
 * as a download with a file name or shown in place when it has none. Caches never keep it.
 */
public record Download(String contentType, byte[] content, String fileName) {

  public static Download pdf(byte[] pdf, String fileName) {
    return new Download("application/pdf", pdf, fileName);
  }

  /** Shown in place (e.g. a calendar feed a calendar program subscribes to). */
  public static Download inline(String contentType, byte[] content) {
    return new Download(contentType, content, null);
  }

  void writeTo(HttpServletResponse response) throws IOException {
    response.setContentType(contentType);
    if (fileName != null) {
      // only letters, digits, dots and dashes: a stored name cannot break the header
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"" + fileName.replaceAll("[^\\w.-]", "_") + "\"");
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
