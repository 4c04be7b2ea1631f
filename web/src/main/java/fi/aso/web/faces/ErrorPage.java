package fi.aso.web.faces;

import fi.aso.web.i18n.SupportedLocales;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The error page, as a plain servlet: it has to work when Faces itself has failed. It looks like
 * the platform's pages (header, footer with the accessibility statement) and speaks the user's
 * language (the session's choice, else Finnish, as the pages); nothing about the error (stack
 * traces, messages that may quote client data) is shown, and a link leads back to the home page.
 */
@WebServlet(name = "errorPage", urlPatterns = "/error")
public class ErrorPage extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
    Locale locale = locale(request);
    ResourceBundle text = ResourceBundle.getBundle("fi.aso.i18n.messages", locale);
    String kind = status == 403 || status == 404 ? String.valueOf(status) : "other";
    String title = text.getString("error.title." + kind);
    String context = request.getContextPath();
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + escape(title + " – " + text.getString("app.name"))
                + "</title><link rel=\"stylesheet\" href=\""
                + escape(context)
                + "/resources/css/aso.css\"></head><body>"
                + "<a href=\"#content\" class=\"skip-link\">"
                + escape(text.getString("nav.skipToContent"))
                + "</a><header class=\"app-header\"><span class=\"app-name\">"
                + escape(text.getString("app.name"))
                + "</span></header><main id=\"content\" class=\"app-main app-main-narrow\" tabindex=\"-1\"><h1>"
                + escape(title)
                + "</h1><p id=\"errorExplanation\">"
                + escape(text.getString("error." + kind))
                + "</p><p>"
                + escape(text.getString("error.help"))
                + "</p><p><a id=\"errorHome\" class=\"big-link\" href=\""
                + escape(context + "/index.xhtml")
                + "\">"
                + escape(text.getString("error.toDashboard"))
                + "</a></p></main><footer class=\"app-footer\"><a id=\"footerAccessibility\" href=\""
                + escape(context + "/accessibility.xhtml")
                + "\">"
                + escape(text.getString("footer.accessibility"))
                + "</a></footer></body></html>");
  }

  /** The session's language, else the browser's first supported one, else Finnish. */
  private static Locale locale(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(LocaleBean.SESSION_KEY);
    // as the pages: the language chosen in this session, else Finnish (never the browser's guess)
    return chosen instanceof Locale l ? l : SupportedLocales.DEFAULT;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
