package fi.aso.web.security;

import fi.aso.application.audit.AuditTrail;
import fi.aso.application.signin.StaffSignIn;
import fi.aso.application.staff.Caller;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.staff.StaffMember;
import fi.aso.web.security.oidc.OidcClient;
import fi.aso.web.security.oidc.OidcPaths;
import fi.aso.web.security.oidc.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Staff sign-in through the organisation's OpenID Connect provider. The provider says who the
 * person is; the platform's own staff register says whether they may sign in and with which roles,
 * so an account must exist (and be active) here too.
 */
@ApplicationScoped
public class SingleSignOn {

  private static final String ATTEMPT = SingleSignOn.class.getName() + ".attempt";
  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  @Inject OidcSettings settings;
  @Inject OidcClient client;
  @Inject Caller callers;
  @Inject AuditTrail audit;

  boolean handles(HttpServletRequest request) {
    String path = AsoAuthenticationMechanism.path(request);
    return settings.enabled() && (path.equals(OidcPaths.START) || path.equals(OidcPaths.CALLBACK));
  }

  AuthenticationStatus validateRequest(HttpServletRequest request, HttpMessageContext context) {
    String home = request.getContextPath();
    if (AsoAuthenticationMechanism.path(request).equals(OidcPaths.START)) {
      try {
        OidcClient.Start start = client.start();
        request.getSession(true).setAttribute(ATTEMPT, start.attempt());
        return context.redirect(start.redirect().toString());
      } catch (IllegalStateException e) {
        LOG.warning("Single sign-on unavailable: " + e.getMessage());
        return context.redirect(home + AsoAuthenticationMechanism.LOGIN_PAGE + "?ssoFailed=true");
      }
    }
    HttpSession session = request.getSession(false);
    OidcClient.Attempt attempt =
        session == null ? null : (OidcClient.Attempt) session.getAttribute(ATTEMPT);
    if (session != null) {
      session.removeAttribute(ATTEMPT);
    }
    Optional<String> name =
        client.finish(attempt, request.getParameter("state"), request.getParameter("code"));
    Optional<Set<String>> roles = name.flatMap(callers::as).map(StaffMember::roleNames);
    if (roles.isEmpty() || roles.get().isEmpty()) {
      String who = StaffSignIn.safeName(name.orElse("unknown"));
      audit.recordAs(
          who,
          new AuditRecord(
              AuditAction.SIGN_IN_FAILED,
              "StaffUser",
              who,
              null,
              "single sign-on",
              AuditOutcome.DENIED));
      return context.redirect(home + AsoAuthenticationMechanism.LOGIN_PAGE + "?ssoFailed=true");
    }
    new SignedInCaller(name.get(), roles.get(), Instant.now()).rememberIn(request);
    audit.recordAs(
        name.get(),
        AuditRecord.success(AuditAction.SIGN_IN, "StaffUser", name.get(), "single sign-on"));
    return context.redirect(home + "/index.xhtml");
  }
}
