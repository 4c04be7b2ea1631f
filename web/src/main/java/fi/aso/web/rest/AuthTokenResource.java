package fi.aso.web.rest;

import fi.aso.application.signin.StaffSignIn;
import fi.aso.web.rest.contract.ApiSchema;
import fi.aso.web.rest.v1.Problems;
import fi.aso.web.security.ClientAddresses;
import fi.aso.web.security.TokenService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Exchanges a staff user's name and password for a bearer token, in one call. Checked by {@link
 * StaffSignIn} as the login form is: after repeated failures for the name or the client address the
 * answer is 429 with {@code Retry-After}, even for the right password.
 */
@Path("v1/auth/token")
@Tag(name = "auth", description = "Bearer tokens and who the caller is")
public class AuthTokenResource {

  /** The form the token endpoint takes (application/x-www-form-urlencoded). */
  public record TokenRequest(
      @NotBlank @Schema(example = "chair") String username, @NotBlank String password) {}

  /** A bearer token as OAuth 2 answers one (RFC 6749, 5.1), in OAuth 2's own names. */
  public record Token(
      @Schema(description = "the bearer token for the Authorization header") String access_token,
      @Schema(example = "Bearer") String token_type,
      @Schema(description = "seconds until it expires", example = "3600") long expires_in) {}

  /** The problem code of a sign-in refused for too many failures. */
  public static final String LOCKED = "signin.locked";

  @Inject StaffSignIn signIns;
  @Inject ClientAddresses addresses;
  @Inject TokenService tokens;
  @Context HttpServletRequest request;

  @POST
  @PermitAll
  @SecurityRequirements
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueToken",
      summary = "Get a bearer token",
      description =
          "Form fields: username, password. 401 for a wrong name or password; 429 (code "
              + LOCKED
              + ", with Retry-After) while sign-in is locked after repeated failures.")
  @APIResponse(
      responseCode = "200",
      description = "A bearer token",
      content = @Content(schema = @Schema(implementation = Token.class)))
  @APIResponse(
      responseCode = "401",
      description = "Wrong user name or password (auth.invalidGrant)")
  public Response issue(@ApiSchema(TokenRequest.class) MultivaluedMap<String, String> form) {
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
    return switch (signIns.signIn(
        username, password.toCharArray(), addresses.forCounting(request), "API token request")) {
      case StaffSignIn.Outcome.SignedIn in -> token(in);
      case StaffSignIn.Outcome.Refused refused ->
          ApiError.oauth(
                  Response.Status.UNAUTHORIZED,
                  "invalid_grant",
                  "auth.invalidGrant",
                  "wrong username or password")
              .build();
      case StaffSignIn.Outcome.Locked locked -> locked(locked.retryAfter());
    };
  }

  private Response token(StaffSignIn.Outcome.SignedIn in) {
    TokenService.IssuedToken token = tokens.issue(in.username(), in.roles());
    return Response.ok(new Token(token.value(), "Bearer", token.expiresInSeconds()))
        .header("Cache-Control", "no-store")
        .build();
  }

  static Response locked(Duration retryAfter) {
    return Response.fromResponse(
            Problems.problem(
                Response.Status.TOO_MANY_REQUESTS,
                "Too many failed sign-ins",
                "Sign-in is locked for this user name or address after repeated failures; try"
                    + " again in "
                    + retryAfter.toSeconds()
                    + " seconds.",
                LOCKED))
        .header("Retry-After", retryAfter.toSeconds())
        .build();
  }
}
