package fi.aso.web.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Optimistic concurrency the HTTP way for the operations marked {@link Versioned}, in front of the
 * resources, which keep checking the version they are given as before: an {@code If-Match} becomes
 * the body's {@code version} (or a DELETE's {@code ?version=}); a write naming no version either
 * way is refused with 428; one naming two different versions with 400; and a success answers the
 * version its body carries as an {@code ETag}. A stale version is then refused by the application
 * service as it always was: 412 when it came in If-Match, 409 when in the body ({@code
 * Problems.Refused}).
 */
public final class ConditionalWrites {

  /** Bodies longer than this are left alone (no API body that names a version comes near). */
  private static final int LOOKED_AT_BYTES = 1 << 20;

  private ConditionalWrites() {}

  /** Whether this request's version came in If-Match (so that a stale one is a 412). */
  public static boolean fromIfMatch(jakarta.servlet.http.HttpServletRequest request) {
    return request != null && request.getHeader(HttpHeaders.IF_MATCH) != null;
  }

  /**
   * A DELETE's version is a query parameter, which only a filter before matching may set: an
   * If-Match is copied into {@code ?version=} (a DELETE that takes none ignores it).
   */
  @Provider
  @PreMatching
  public static class QueryVersion implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (!HttpMethod.DELETE.equals(request.getMethod())) {
        return;
      }
      OptionalLong tagged;
      try {
        tagged = EntityTags.ifMatch(request.getHeaderString(HttpHeaders.IF_MATCH));
      } catch (EntityTags.BadIfMatch e) {
        return; // refused once the operation is known, if it is a versioned one
      }
      if (tagged.isEmpty()) {
        return;
      }
      String given = request.getUriInfo().getQueryParameters().getFirst(EntityTags.VERSION);
      if (given == null) {
        request.setRequestUri(
            request
                .getUriInfo()
                .getRequestUriBuilder()
                .queryParam(EntityTags.VERSION, tagged.getAsLong())
                .build());
      } else if (!given.strip().equals(String.valueOf(tagged.getAsLong()))) {
        request.abortWith(mismatch());
      }
    }
  }

  /** Takes If-Match into a versioned write's body, or refuses the write. */
  @Provider
  @Priority(Priorities.USER)
  public static class IfMatch implements ContainerRequestFilter {

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
      Method method = resource == null ? null : resource.getResourceMethod();
      if (method == null || !EntityTags.conditional(method)) {
        return;
      }
      OptionalLong tagged;
      try {
        tagged = EntityTags.ifMatch(request.getHeaderString(HttpHeaders.IF_MATCH));
      } catch (EntityTags.BadIfMatch e) {
        request.abortWith(
            ApiError.problem(Response.Status.BAD_REQUEST, "request.invalid", e.getMessage())
                .build());
        return;
      }
      Named named;
      if (EntityTags.versionInQuery(method)) {
        // an If-Match is in the query already (QueryVersion)
        named =
            request.getUriInfo().getQueryParameters().getFirst(EntityTags.VERSION) == null
                ? Named.NO
                : Named.YES;
      } else {
        named = body(request, tagged);
      }
      if (named == Named.NO && tagged.isEmpty() && EntityTags.required(method)) {
        request.abortWith(
            ApiError.problem(
                    Response.Status.PRECONDITION_REQUIRED,
                    EntityTags.REQUIRED_CODE,
                    "name the version you read: If-Match with its ETag (or version in the body)")
                .build());
      }
    }

    /**
     * Whether the JSON body names a version; an If-Match is written into it, or refused if the body
     * names another.
     */
    private static Named body(ContainerRequestContext request, OptionalLong tagged)
        throws IOException {
      MediaType type = request.getMediaType();
      if (!request.hasEntity()
          || type == null
          || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return Named.NO;
      }
      InputStream stream = request.getEntityStream();
      byte[] bytes = stream.readNBytes(LOOKED_AT_BYTES + 1);
      if (bytes.length > LOOKED_AT_BYTES) {
        request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(bytes), stream));
        return Named.UNKNOWN;
      }
      request.setEntityStream(new ByteArrayInputStream(bytes));
      JsonObject object;
      try {
        object =
            Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                .readObject();
      } catch (RuntimeException e) {
        return Named.UNKNOWN; // not a JSON object: JSON-B refuses it, naming what it can
      }
      JsonValue version = object.get(EntityTags.VERSION);
      boolean named = version instanceof JsonNumber;
      if (tagged.isEmpty()) {
        return named ? Named.YES : Named.NO;
      }
      if (named) {
        if (!((JsonNumber) version).isIntegral()
            || ((JsonNumber) version).longValue() != tagged.getAsLong()) {
          request.abortWith(mismatch());
        }
        return Named.YES;
      }
      String rewritten =
          Json.createObjectBuilder(object)
              .add(EntityTags.VERSION, tagged.getAsLong())
              .build()
              .toString();
      request.setEntityStream(new ByteArrayInputStream(rewritten.getBytes(StandardCharsets.UTF_8)));
      // the copy kept to name an unreadable field is the body JSON-B reads
      if (request.getProperty(KEPT_BODY) != null) {
        request.setProperty(KEPT_BODY, rewritten);
      }
      return Named.YES;
    }
  }

  /** Whether a write names its version (unknown: a body that is not a JSON object). */
  private enum Named {
    YES,
    NO,
    UNKNOWN
  }

  /** See {@code v1.UnreadableBody.PROPERTY}. */
  private static final String KEPT_BODY = "fi.aso.rest.jsonBody";

  /** Answers the version a versioned operation's body carries as its ETag. */
  @Provider
  public static class Tag implements ContainerResponseFilter {

    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      Method method = resource == null ? null : resource.getResourceMethod();
      if (method == null
          || !EntityTags.tagged(method)
          || response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL
          || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
        return;
      }
      EntityTags.versionOf(response.getEntity())
          .ifPresent(v -> response.getHeaders().putSingle(HttpHeaders.ETAG, EntityTags.of(v)));
    }
  }

  private static Response mismatch() {
    return ApiError.problem(
            Response.Status.BAD_REQUEST,
            EntityTags.MISMATCH_CODE,
            "If-Match and the version in the request name different versions: send one")
        .build();
  }
}
