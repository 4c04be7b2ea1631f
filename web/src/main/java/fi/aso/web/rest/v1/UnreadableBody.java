package fi.aso.web.rest.v1;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which field of a JSON body could not be read. JSON-B says only that the body did not fit its type
 * (and its messages may quote the value, which is the client's data), so the body is kept aside as
 * it arrives, and when it cannot be read each field of the body's record type is tried on its own:
 * the first one that does not fit is named ("kind", "dateOfBirth"), never its value.
 */
final class UnreadableBody {

  /** Where the body is kept for the length of the request. */
  static final String PROPERTY = "fi.aso.rest.jsonBody";

  /** Bodies longer than this are not kept: they are answered without a field name. */
  static final int KEPT_BYTES = 1 << 20;

  /** Deeper than this a body is not looked into: the API's bodies nest three levels at most. */
  static final int MAX_DEPTH = 64;

  private static final Jsonb JSONB = JsonbBuilder.create();

  private UnreadableBody() {}

  /** Keeps a JSON body aside (and gives it back to the request) so that a failure can be named. */
  @Provider
  @PreMatching
  public static class Keep implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) throws IOException {
      MediaType type = request.getMediaType();
      if (!request.hasEntity()
          || type == null
          || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return;
      }
      byte[] body = request.getEntityStream().readNBytes(KEPT_BYTES + 1);
      if (body.length <= KEPT_BYTES) {
        request.setProperty(PROPERTY, new String(body, StandardCharsets.UTF_8));
        request.setEntityStream(new ByteArrayInputStream(body));
      } else {
        // too long to keep: the rest of the stream is read on by JSON-B as it is
        request.setEntityStream(
            new java.io.SequenceInputStream(
                new ByteArrayInputStream(body), request.getEntityStream()));
      }
    }
  }

  /** The first field of the body the resource method takes that does not fit its type. */
  static Optional<String> field(ResourceInfo resource, Object keptBody) {
    if (resource == null
        || !(keptBody instanceof String body)
        || resource.getResourceMethod() == null) {
      return Optional.empty();
    }
    Optional<Class<?>> bodyType = bodyType(resource.getResourceMethod());
    if (bodyType.isEmpty() || !bodyType.get().isRecord()) {
      return Optional.empty();
    }
    if (deeperThan(body, MAX_DEPTH)) {
      return Optional.empty(); // no body of the API nests so deep: nothing to name
    }
    JsonStructure json;
    try {
      json = Json.createReader(new StringReader(body)).read();
    } catch (RuntimeException e) {
      // not JSON at all, or JSON the parser will not read (Parsson refuses nesting deeper than
      // 1000 with a plain RuntimeException): nothing to name
      return Optional.empty();
    }
    if (!(json instanceof JsonObject object)) {
      return Optional.empty();
    }
    for (RecordComponent component : bodyType.get().getRecordComponents()) {
      JsonValue value = object.get(component.getName());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      try {
        JSONB.fromJson(value.toString(), component.getGenericType());
      } catch (RuntimeException e) {
        return Optional.of(component.getName());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the JSON text nests arrays and objects deeper than {@code max}, counted without parsing
   * it (a parser would recurse, or refuse with an exception of its own).
   */
  static boolean deeperThan(String json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        if (++depth > max) {
          return true;
        }
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return false;
  }

  /** The type of the method's entity parameter: the one without a JAX-RS annotation. */
  private static Optional<Class<?>> bodyType(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean annotatedByJaxRs = false;
      for (Annotation a : parameter.getAnnotations()) {
        if (a.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
          annotatedByJaxRs = true;
        }
      }
      if (!annotatedByJaxRs) {
        return Optional.of(parameter.getType());
      }
    }
    return Optional.empty();
  }
}
