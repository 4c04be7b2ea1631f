package fi.aso.web.security;

import fi.aso.application.signin.StaffSignIn;
import fi.aso.application.staff.Caller;
import fi.aso.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's one authentication mechanism (Jakarta Security 3 allows one per application):
 *
 * <ul>
 *   <li>{@code /api/**}: a bearer token from {@link TokenService}, nothing else. Sessions are
 *       ignored there.
 *   <li>{@code /oidc/**}: single sign-on through an OpenID Connect provider, when configured
 *       ({@link SingleSignOn}).
 *   <li>pages: the login form. {@code LoginBean} passes the credential through {@code
 *       SecurityContext.authenticate}, and {@link StaffSignIn} checks it (counting failures per
 *       account and client address); on success the caller is kept in the HTTP session, whose id is
 *       renewed against session fixation. A protected page without a session redirects to the login
 *       page.
 * </ul>
 *
 * Whether a resource is protected is decided by the constraints in web.xml (deny by default).
 */
@ApplicationScoped
public class AsoAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * Request attribute: the sign-in was refused because of too many failures, with the {@link
   * Duration} to wait (the login page says so).
   */
  public static final String SIGN_IN_LOCKED = "fi.aso.signInLocked";

  @Inject StaffSignIn signIns;
  @Inject ClientAddresses addresses;
  @Inject TokenService tokens;
  @Inject SingleSignOn singleSignOn;
  @Inject Caller callers;

  /** A page session ends this long after sign-in, however active it was (idle timeout: web.xml). */
  @Inject
  @ConfigProperty(name = "aso.security.session-max-hours")
  int sessionMaxHours;

  Clock clock = Clock.systemUTC();

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    if (singleSignOn.handles(request)) {
      return singleSignOn.validateRequest(request, context);
    }
    if (isStaticResource(request)) {
      // style sheets and scripts are public: no need to ask the staff register for each of them
      return context.doNothing();
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, credential);
    }
    Optional<SignedInCaller> caller = sessionCaller(request);
    if (caller.isPresent()) {
      Optional<Set<String>> roles =
          withinLifetime(caller.get()) ? currentRoles(caller.get()) : Optional.empty();
      if (roles.isPresent()) {
        return context.notifyContainerAboutLogin(caller.get().name(), roles.get());
      }
      // deactivated, no roles left, or signed in too long ago: the session ends here
      request.getSession().invalidate();
    }
    if (context.isProtected()) {
      return redirectToLogin(request, response, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInCaller.SESSION_ATTRIBUTE);
    }
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<SignedInCaller> caller = tokens.verify(header.substring(7).trim());
      Optional<Set<String>> roles = caller.flatMap(this::currentRoles);
      if (roles.isPresent()) {
        return context.notifyContainerAboutLogin(caller.get().name(), roles.get());
      }
      return apiUnauthorized(response, "Bearer error=\"invalid_token\"");
    }
    // No token: anonymous. JAX-RS answers 401 where a role is needed (Payara's @RolesAllowed
    // support asks this mechanism again, as "protected", before it does): name the scheme.
    if (context.isProtected()) {
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    return context.doNothing();
  }

  /** A problem+json 401 for API clients (not the HTML error page a browser gets). */
  private static AuthenticationStatus apiUnauthorized(
      HttpServletResponse response, String challenge) {
    response.setHeader("WWW-Authenticate", challenge);
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    try {
      // the API's one error shape (see ApiError), written here before JAX-RS is reached
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"the bearer token is not valid (expired, or its user may no"
                  + " longer sign in)\",\"code\":\"auth.invalidToken\"}");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    StaffSignIn.Outcome outcome =
        signIns.signIn(
            password.getCaller(),
            password.getPassword().getValue(),
            addresses.forCounting(request),
            "staff sign-in");
    // failures: no sendError, the login page itself answers with a message
    return switch (outcome) {
      case StaffSignIn.Outcome.SignedIn in -> {
        new SignedInCaller(in.username(), in.roles(), clock.instant()).rememberIn(request);
        yield context.notifyContainerAboutLogin(in.username(), in.roles());
      }
      case StaffSignIn.Outcome.Locked locked -> {
        request.setAttribute(SIGN_IN_LOCKED, locked.retryAfter());
        yield AuthenticationStatus.SEND_FAILURE;
      }
      case StaffSignIn.Outcome.Refused refused -> AuthenticationStatus.SEND_FAILURE;
    };
  }

  private AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // an Ajax request after the session timed out: tell the Faces client to navigate
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }

  /**
   * The caller's roles as the staff register has them at this request: a token or session says who
   * signed in, the register says whether they still may and as what (empty: refused). The register
   * is read once for the request: the services decide on the same {@link Caller}.
   */
  private Optional<Set<String>> currentRoles(SignedInCaller caller) {
    return callers.as(caller.name()).map(StaffMember::roleNames).filter(roles -> !roles.isEmpty());
  }

  boolean withinLifetime(SignedInCaller caller) {
    return caller.signedInAt() != null
        && clock.instant().isBefore(caller.signedInAt().plus(Duration.ofHours(sessionMaxHours)));
  }

  private static Optional<SignedInCaller> sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        (SignedInCaller) session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE));
  }

  static boolean isStaticResource(HttpServletRequest request) {
    String path = path(request);
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** The request's path inside the application. */
  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
