package fi.aso.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** Texts from the resource bundle for messages made in Java (pages use {@code #{msg[...]}}). */
@RequestScoped
public class Messages {

  @Inject FacesContext faces;

  public String get(String key) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.getString(key);
  }
}
