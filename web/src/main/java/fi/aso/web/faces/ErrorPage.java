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
 * The error page, as a plain servlet: it has to work when Faces itself has failed. Texts come from
 * the same bundle as the pages, in the user's language; nothing about the error (stack traces,
 * messages that may quote client data) is shown.
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
    String explanation =
        switch (status) {
          case 403 -> text.getString("error.403");
          case 404 -> text.getString("error.404");
          default -> text.getString("error.other");
        };
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    String home = request.getContextPath() + "/index.xhtml";
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + escape(text.getString("error.title"))
                + "</title><link rel=\"stylesheet\" href=\""
                + request.getContextPath()
                + "/resources/css/aso.css\"></head><body><header class=\"app-header\"><span class=\"app-name\">"
                + escape(text.getString("app.name"))
                + "</span></header><main id=\"content\" class=\"app-main app-main-narrow\"><h1>"
                + escape(text.getString("error.title"))
                + "</h1><p id=\"errorExplanation\">"
                + escape(explanation)
                + "</p><p><a href=\""
                + escape(home)
                + "\">"
                + escape(text.getString("error.toDashboard"))
                + "</a></p></main></body></html>");
  }

  private static Locale locale(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(LocaleBean.SESSION_KEY);
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
