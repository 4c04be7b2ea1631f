package fi.aso.web.rest;

import fi.aso.application.audit.AuditTrail;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.web.security.TokenService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** Exchanges a staff user's name and password for a bearer token, in one call. */
@Path("auth/token")
public class AuthTokenResource {

  @Inject IdentityStoreHandler identityStores;
  @Inject TokenService tokens;
  @Inject AuditTrail audit;

  @POST
  @PermitAll
  @SecurityRequirements
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get a bearer token", description = "Form fields: username, password.")
  public Response issue(MultivaluedMap<String, String> form) {
    // the form as a map, not @FormParam: a request without a form body is a 400, not a 500
    String username = form == null ? null : form.getFirst("username");
    String password = form == null ? null : form.getFirst("password");
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return ApiError.oauth(
              Response.Status.BAD_REQUEST,
              "invalid_request",
              "request.invalid",
              "username and password are required")
          .build();
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      String tried = username.replaceAll("[^\\p{Alnum}._@-]", "?");
      audit.recordAs(
          tried,
          new AuditRecord(
              AuditAction.SIGN_IN_FAILED,
              "StaffUser",
              tried,
              null,
              "API token request",
              AuditOutcome.DENIED));
      return ApiError.oauth(
              Response.Status.UNAUTHORIZED,
              "invalid_grant",
              "auth.invalidGrant",
              "wrong username or password")
          .build();
    }
    String caller = result.getCallerPrincipal().getName();
    TokenService.IssuedToken token = tokens.issue(caller, result.getCallerGroups());
    audit.recordAs(
        caller, AuditRecord.success(AuditAction.SIGN_IN, "StaffUser", caller, "API token request"));
    JsonObject body =
        Json.createObjectBuilder()
            .add("access_token", token.value())
            .add("token_type", "Bearer")
            .add("expires_in", token.expiresInSeconds())
            .build();
    return Response.ok(body).header("Cache-Control", "no-store").build();
  }
}
