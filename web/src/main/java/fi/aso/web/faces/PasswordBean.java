package fi.aso.web.faces;

import fi.aso.application.staff.PasswordLinks;
import fi.aso.domain.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The public set-password page a one-time link opens: the person chooses their password, typed
 * twice. The typed passwords are forgotten as soon as the request has used them.
 */
@Named
@ViewScoped
public class PasswordBean implements Serializable {

  @Inject PasswordLinks links;
  @Inject Messages messages;

  private String token;
  private transient String password;
  private transient String repeated;
  private boolean done;

  /** Whose password the link sets, looked up once per view (saving checks the link again). */
  private String openFor;

  private boolean looked;

  /** The user name the link sets a password for, while the link is open. */
  public String getOpenFor() {
    if (!looked) {
      looked = true;
      openFor = links.openFor(token).orElse(null);
    }
    return done ? null : openFor;
  }

  public void save() {
    try {
      links.setPassword(
          token,
          Optional.ofNullable(password).orElse("").toCharArray(),
          Optional.ofNullable(repeated).orElse("").toCharArray());
      done = true;
    } catch (Refusal e) {
      messages.refused("password.notSet", e);
    } finally {
      password = null;
      repeated = null;
    }
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return null; // never shown again
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return null;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
