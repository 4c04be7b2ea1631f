package fi.aso.web.faces;

import fi.aso.web.i18n.SupportedLocales;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The user's language for this session: Finnish first, Swedish and English selectable. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  /** Where the chosen locale is also kept, for pages that Faces does not render (errors). */
  static final String SESSION_KEY = LocaleBean.class.getName() + ".locale";

  private Locale locale = SupportedLocales.DEFAULT;

  /** The locale of this request: a {@code ?lang=} link (fi, sv, en) changes it for the session. */
  public Locale getLocale() {
    String requested =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
    if (requested != null) {
      locale = SupportedLocales.resolve(requested);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .getSessionMap()
          .put(SESSION_KEY, locale);
    }
    return locale;
  }

  /**
   * Switches the session to a supported language (e.g. the one a consent invitation was made in).
   */
  public void use(String language) {
    locale = SupportedLocales.resolve(language);
    FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(SESSION_KEY, locale);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<Locale> getAvailable() {
    return SupportedLocales.ALL;
  }

  /**
   * The address of this page in another language: the same page with its parameters (a case's or a
   * meeting's {@code ?id=}, also after a form was posted) and {@code lang}. A bare {@code ?lang=}
   * link lost them, so the page said "not found" in the new language.
   */
  public String linkTo(Locale language) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (!faces.isPostback()) {
      faces
          .getExternalContext()
          .getRequestParameterValuesMap()
          .forEach((name, values) -> parameters.put(name, List.of(values)));
    }
    parameters.put("lang", List.of(language.getLanguage()));
    return faces
        .getApplication()
        .getViewHandler()
        .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), parameters, true);
  }

  /**
   * The language chosen in this request's session, for what Faces does not render (PDFs, error
   * pages); Finnish when none was chosen.
   */
  public static Locale chosen(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
    return chosen instanceof Locale l ? l : SupportedLocales.DEFAULT;
  }

  /** A language's own name, e.g. "suomi", "svenska", "English". */
  public String nameOf(Locale candidate) {
    String name = candidate.getDisplayLanguage(candidate);
    return name.substring(0, 1).toUpperCase(candidate) + name.substring(1);
  }
}
