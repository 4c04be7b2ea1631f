package fi.aso.application.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is acting, as the audit trail writes it: the signed-in caller, or {@code system} for work no
 * person started (start-up, scheduled jobs). The web layer sets the request id and the client's
 * address (as its {@code ClientAddress} decides it) at the start of each request.
 */
@RequestScoped
public class CallerIdentity {

  public static final String SYSTEM = "system";

  @Inject SecurityContext securityContext;

  private String requestId;

  private String sourceAddress;

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

  /** The client's address, or null outside a request. */
  public String sourceAddress() {
    return sourceAddress;
  }

  public void setSourceAddress(String sourceAddress) {
    this.sourceAddress = sourceAddress;
  }
}
