package fi.aso.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * The API's one error shape, RFC 9457 problem details: {@code type}, {@code title}, {@code status},
 * {@code detail} in English and a stable {@code code} that clients (and the pages' {@code
 * refusal.<code>} texts) can say in their own words. Whatever the status (400 ... 500), an error of
 * the API looks like this.
 */
public final class ApiError {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ApiError() {}

  /** A problem with its status, code and English detail. */
  public static Response.ResponseBuilder problem(
      Response.StatusType status, String code, String detail) {
    return Response.status(status.getStatusCode())
        .type(MEDIA_TYPE)
        .entity(body(status, code, detail).build());
  }

  /**
   * A problem of the token endpoint: also OAuth 2's {@code error} member (RFC 6749, 5.2), which
   * OAuth clients read.
   */
  static Response.ResponseBuilder oauth(
      Response.Status status, String oauthError, String code, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(status, code, detail).add("error", oauthError).build());
  }

  /** The problem's body alone. */
  static jakarta.json.JsonObject json(Response.StatusType status, String code, String detail) {
    return body(status, code, detail).build();
  }

  private static JsonObjectBuilder body(Response.StatusType status, String code, String detail) {
    String title = Objects.requireNonNullElse(status.getReasonPhrase(), "Error");
    return Json.createObjectBuilder()
        .add("type", "about:blank")
        .add("title", title)
        .add("status", status.getStatusCode())
        .add("detail", Objects.requireNonNullElse(detail, title))
        .add("code", Objects.requireNonNull(code, "code"));
  }
}
