package fi.aso.web.faces;

import fi.aso.domain.Refusal;
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

  /** The summary of a refused change followed by why it was refused. */
  public String refused(String key, RuntimeException e) {
    String why = refusal(e);
    return why.isEmpty() ? get(key) : get(key) + " " + why;
  }

  /**
   * Why an input was refused, in the user's language: a {@link Refusal}'s text by its code (with
   * its arguments); else the platform's own (English) message, which says at least what went wrong;
   * nothing for an exception from a library (its message may name internals).
   */
  public String refusal(RuntimeException e) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    if (e instanceof Refusal r && bundle.containsKey("refusal." + r.code())) {
      String text = bundle.getString("refusal." + r.code());
      Object[] args = r.args();
      return args.length == 0
          ? text
          : new java.text.MessageFormat(text, faces.getViewRoot().getLocale()).format(args);
    }
    StackTraceElement[] trace = e.getStackTrace();
    boolean ours = trace.length > 0 && trace[0].getClassName().startsWith("fi.aso.");
    return ours && e.getMessage() != null ? e.getMessage() : "";
  }
}
