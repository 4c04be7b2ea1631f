package fi.aso.application.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is acting, as the audit trail writes it: the signed-in caller, or {@code system} for work no
 * person started (start-up, scheduled jobs). The web layer sets the request id.
 */
@RequestScoped
public class CallerIdentity {

  public static final String SYSTEM = "system";

  @Inject SecurityContext securityContext;

  private String requestId;

  /** A fixed caller, for work outside a request and for tests outside the container. */
  public static CallerIdentity of(String name) {
    return new CallerIdentity() {
      @Override
      public String name() {
        return name;
      }
    };
  }

  public String name() {
    Principal principal = securityContext.getCallerPrincipal();
    return principal == null ? SYSTEM : principal.getName();
  }

  public String requestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }
}
