package fi.aso.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The small pages served outside Faces to people following a link from a mail (join, answer): in
 * the reader's language, not cached, no referrer, every text escaped.
 */
public final class PlainPage {

  private PlainPage() {}

  /**
   * The reader's language from Accept-Language, Finnish when none is given or it is not one of ours
   * (never the server's default locale: the bundles' base is Finnish).
   */
  public static ResourceBundle texts(HttpServletRequest request) {
    Locale wanted =
        request.getHeader("Accept-Language") == null ? Locale.ROOT : request.getLocale();
    return ResourceBundle.getBundle(
        "fi.aso.i18n.messages",
        wanted,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }

  /** Writes the page; {@code content} is HTML the caller built from escaped text. */
  public static void write(
      HttpServletResponse response,
      ResourceBundle text,
      int status,
      String titleKey,
      String content)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setContentType("text/html;charset=UTF-8");
    String lang = text.getLocale().getLanguage().isEmpty() ? "fi" : text.getLocale().getLanguage();
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + lang
                + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + escape(text.getString(titleKey))
                + "</title></head><body><main><h1>"
                + escape(text.getString(titleKey))
                + "</h1>"
                + content
                + "</main></body></html>");
  }

  public static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
