package fi.aso.web.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The errors JAX-RS itself answers (no such path 404, wrong method 405, a body type it cannot read
 * 415, one it cannot write 406, a path or query parameter it cannot convert 404/400, ...), in the
 * API's one shape with a stable code; the headers that tell the client what to do (Allow,
 * WWW-Authenticate, Retry-After) are kept.
 */
final class HttpErrors {

  private static final Map<Integer, String> CODES =
      Map.ofEntries(
          Map.entry(400, "request.invalid"),
          Map.entry(401, "auth.required"),
          Map.entry(403, "auth.forbidden"),
          Map.entry(404, "notFound"),
          Map.entry(405, "method.notAllowed"),
          Map.entry(406, "media.notAcceptable"),
          Map.entry(409, "conflict"),
          Map.entry(412, EntityTags.STALE_CODE),
          Map.entry(413, "request.tooLarge"),
          Map.entry(415, "media.unsupported"),
          Map.entry(428, EntityTags.REQUIRED_CODE),
          Map.entry(429, "rate.limited"));

  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

  private HttpErrors() {}

  static Response of(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status < 400) {
      return original; // a redirect or similar said with an exception: not an error
    }
    String parameter = queryParameter(e);
    if (parameter != null) {
      // JAX-RS answers a query parameter it cannot convert (a word where a number or one of an
      // enum's names belongs) with 404, as if the address were wrong: it is the value that is
      jakarta.json.JsonObject body =
          ApiError.json(
              Response.Status.BAD_REQUEST,
              "request.invalid",
              "the query parameter " + parameter + " does not have a value it takes");
      return Response.status(Response.Status.BAD_REQUEST)
          .type(ApiError.MEDIA_TYPE)
          .entity(jakarta.json.Json.createObjectBuilder(body).add("parameter", parameter).build())
          .build();
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    if (type == null) {
      type = original.getStatusInfo();
    }
    Response.ResponseBuilder problem = ApiError.problem(type, code(status), detail(status));
    for (String header : KEPT_HEADERS) {
      Object value = original.getHeaders().getFirst(header);
      if (value != null) {
        problem.header(header, value);
      }
    }
    return problem.build();
  }

  /**
   * The query parameter Jersey could not convert (its {@code ParamException.QueryParamException},
   * read by name: the API is not bound to Jersey at compile time), or {@code null}.
   */
  static String queryParameter(WebApplicationException e) {
    if (!e.getClass().getName().endsWith("ParamException$QueryParamException")) {
      return null;
    }
    try {
      Object name = e.getClass().getMethod("getParameterName").invoke(e);
      return name == null ? null : name.toString();
    } catch (ReflectiveOperationException | RuntimeException notJerseys) {
      return null;
    }
  }

  /** The problem body of an error status that came without one. */
  static JsonObject body(Response.StatusType status) {
    return ApiError.json(status, code(status.getStatusCode()), detail(status.getStatusCode()));
  }

  private static String code(int status) {
    return CODES.getOrDefault(status, status < 500 ? "request.invalid" : "server.error");
  }

  /** A fixed English detail per status: the exception's own message may name classes. */
  private static String detail(int status) {
    return switch (status) {
      case 400 -> "the request is not valid";
      case 401 -> "a bearer token is required";
      case 403 -> "not permitted";
      case 404 -> "there is nothing at this address that you may see";
      case 405 -> "this address does not take this method";
      case 406 -> "this address answers only application/json";
      case 413 -> "the request is too large";
      case 415 -> "this address does not take this content type";
      default ->
          Response.Status.fromStatusCode(status) == null
              ? "the request failed"
              : Response.Status.fromStatusCode(status).getReasonPhrase();
    };
  }
}
