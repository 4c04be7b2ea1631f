package fi.aso.web.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The API's one error shape: {@code {"error": code, "error_description": text}} (as OAuth 2). */
final class ApiError {

  private ApiError() {}

  static Response.ResponseBuilder response(
      Response.Status status, String code, String description) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            Json.createObjectBuilder()
                .add("error", code)
                .add("error_description", description)
                .build());
  }
}
