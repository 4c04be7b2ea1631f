package fi.aso.web.faces;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import fi.aso.web.security.AsoAuthenticationMechanism;
import fi.aso.web.security.oidc.OidcSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** The login form: hands the credential to the authentication mechanism. */
@Named
@RequestScoped
public class LoginBean {

  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Messages messages;
  @Inject OidcSettings singleSignOn;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        password = null;
        if (external.getRequestMap().get(AsoAuthenticationMechanism.SIGN_IN_LOCKED)
            instanceof Duration wait) {
          // minutes, rounded up: "try again in 1 minute" rather than "in 0"
          messages.errorText(messages.get("login.locked", (wait.toSeconds() + 59) / 60));
        } else {
          messages.error("login.failed");
        }
      }
    }
  }

  public boolean isSingleSignOnEnabled() {
    return singleSignOn.enabled();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
