package fi.aso.web.faces;

import fi.aso.web.i18n.SupportedLocales;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The user's language for this session: Finnish first, Swedish and English selectable. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private Locale locale = SupportedLocales.DEFAULT;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  public void setLanguage(String language) {
    this.locale = SupportedLocales.resolve(language);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }

  public List<Locale> getAvailable() {
    return SupportedLocales.ALL;
  }

  /** A language's own name, e.g. "suomi", "svenska", "English". */
  public String nameOf(Locale candidate) {
    String name = candidate.getDisplayLanguage(candidate);
    return name.substring(0, 1).toUpperCase(candidate) + name.substring(1);
  }
}
