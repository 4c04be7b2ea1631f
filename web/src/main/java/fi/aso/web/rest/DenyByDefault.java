package fi.aso.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;

/**
 * Every REST method is refused unless it says who may call it: {@code @PermitAll} or
 * {@code @RolesAllowed} on the method, or else on its class. A method that says nothing is closed,
 * so forgetting an annotation can only lock a door, never open one.
 */
@Provider
public class DenyByDefault implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    AnnotatedElement method = resource.getResourceMethod();
    AnnotatedElement type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      if (type.isAnnotationPresent(PermitAll.class)) {
        return;
      }
      roles = type.getAnnotation(RolesAllowed.class);
    }
    context.register(
        new RoleCheck(roles == null ? List.of() : Arrays.asList(roles.value())),
        Priorities.AUTHORIZATION);
  }

  /** Lets a request through only when the caller has one of the roles. */
  static final class RoleCheck implements ContainerRequestFilter {

    private final List<String> roles;

    RoleCheck(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            ApiError.problem(
                    Response.Status.UNAUTHORIZED, "auth.required", "a bearer token is required")
                .header("WWW-Authenticate", "Bearer")
                .build());
      } else if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(
            ApiError.problem(
                    Response.Status.FORBIDDEN, "auth.forbidden", "your role does not allow this")
                .build());
      }
    }
  }
}
