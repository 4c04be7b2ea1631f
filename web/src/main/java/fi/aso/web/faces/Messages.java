package fi.aso.web.faces;

import fi.aso.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * Texts from the resource bundle for messages made in Java (pages use {@code #{msg[...]}}), and the
 * one way beans tell the user what happened: a page message (shown in the layout's message area) or
 * one beside a field. A refused change is said as the page's summary followed by why it was refused
 * ({@code refusal.<code>} in the bundle), in the user's language.
 */
@RequestScoped
public class Messages {

  @Inject FacesContext faces;

  public String get(String key) {
    return bundle().getString(key);
  }

  /** Whether the bundle has a text for this key (for keys made from stored values). */
  public boolean has(String key) {
    return bundle().containsKey(key);
  }

  /**
   * The text with {@code {0}}, {@code {1}} ... replaced by the arguments as they are (not {@link
   * MessageFormat}, whose quoting rules would eat the apostrophes of the English and Swedish
   * texts); a text that says a count in words ({@code {0,choice,1#1 klient|1<{0} klienter}}, one
   * and many differ in each language) is a {@link MessageFormat} pattern, written for it.
   */
  public String get(String key, Object... args) {
    String text = get(key);
    if (text.contains(",choice,")) {
      return new MessageFormat(text, bundle().getLocale()).format(args);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** What was done ("Saved."). */
  public void info(String key) {
    add(null, FacesMessage.SEVERITY_INFO, get(key));
  }

  /** An already worded page message, e.g. one with a number in it. */
  public void infoText(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  /** Something to look at before going on (e.g. confirm moving a meeting already answered). */
  public void warn(String key) {
    add(null, FacesMessage.SEVERITY_WARN, get(key));
  }

  public void error(String key) {
    add(null, FacesMessage.SEVERITY_ERROR, get(key));
  }

  /** An already worded error, e.g. one with a number in it. */
  public void errorText(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /** An error beside a field ({@code clientId} such as {@code "form:field"}). */
  public void errorAt(String clientId, String key) {
    add(clientId, FacesMessage.SEVERITY_ERROR, get(key));
  }

  /** An already worded error beside a field. */
  public void errorTextAt(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** A refused change: the summary under {@code key}, followed by why it was refused. */
  public void refused(String key, RuntimeException e) {
    refusedAt(null, key, e);
  }

  /** A refused change said beside a field. */
  public void refusedAt(String clientId, String key, RuntimeException e) {
    String why = refusal(e);
    add(clientId, FacesMessage.SEVERITY_ERROR, why.isEmpty() ? get(key) : get(key) + " " + why);
  }

  /** Whether anything in this request was refused (the form then keeps what the user typed). */
  public boolean failed() {
    return faces.getMessageList().stream()
        .anyMatch(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0);
  }

  /**
   * Why an input was refused, in the user's language: a {@link Refusal}'s text by its code (with
   * its arguments); nothing for any other exception.
   */
  public String refusal(RuntimeException e) {
    ResourceBundle bundle = bundle();
    if (e instanceof Refusal r && bundle.containsKey("refusal." + r.code())) {
      String text = bundle.getString("refusal." + r.code());
      Object[] args = r.args();
      return args.length == 0
          ? text
          : new MessageFormat(text, faces.getViewRoot().getLocale()).format(args);
    }
    // a refusal whose code has no text yet still says why (in English); anything else is not the
    // user's to read (a library's message may name internals or quote data)
    return e instanceof Refusal && e.getMessage() != null ? e.getMessage() : "";
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }

  private void add(String clientId, FacesMessage.Severity severity, String summary) {
    faces.addMessage(clientId, new FacesMessage(severity, summary, null));
  }
}
