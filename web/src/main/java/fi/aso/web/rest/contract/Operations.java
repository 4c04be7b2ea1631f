package fi.aso.web.rest.contract;

import static fi.aso.web.rest.contract.JsonSchemas.typed;

import fi.aso.web.rest.EntityTags;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes each JAX-RS method of a resource class in the document's operation for it: parameter
 * and body schemas, success responses, error responses.
 */
final class Operations {

  private static final String ROOT = "/api";

  private final OpenAPI openApi;
  private final JsonSchemas schemas;
  private final List<String> undescribed;

  Operations(OpenAPI openApi, JsonSchemas schemas, List<String> undescribed) {
    this.openApi = openApi;
    this.schemas = schemas;
    this.undescribed = undescribed;
  }

  void describe(Class<?> resource) {
    Path classPath = resource.getAnnotation(Path.class);
    List<Method> methods =
        Arrays.stream(resource.getMethods())
            .filter(m -> httpMethod(m) != null)
            .sorted(Comparator.comparing(Method::getName))
            .toList();
    for (Method method : methods) {
      String path = path(classPath, method.getAnnotation(Path.class));
      String where = httpMethod(method) + " " + path;
      PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().getPathItem(path);
      Operation operation =
          item == null
              ? null
              : item.getOperations().get(PathItem.HttpMethod.valueOf(httpMethod(method)));
      if (operation == null) {
        undescribed.add(where + ": not in the document");
        continue;
      }
      try {
        describe(operation, resource, method);
      } catch (RuntimeException e) {
        undescribed.add(where + ": " + e.getMessage());
      }
    }
  }

  static String path(Path classPath, Path methodPath) {
    StringBuilder path = new StringBuilder(ROOT);
    for (Path p : new Path[] {classPath, methodPath}) {
      if (p != null) {
        String segment = p.value().replaceAll("^/+|/+$", "");
        if (!segment.isEmpty()) {
          path.append('/').append(segment);
        }
      }
    }
    return path.toString();
  }

  static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private void describe(Operation operation, Class<?> resource, Method method) {
    boolean hasBody = false;
    boolean hasPathParameter = false;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(PathParam.class)) {
        hasPathParameter = true;
        parameter(operation, parameter.getAnnotation(PathParam.class).value(), "path", parameter);
      } else if (parameter.isAnnotationPresent(QueryParam.class)) {
        parameter(operation, parameter.getAnnotation(QueryParam.class).value(), "query", parameter);
      } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
        parameter(
            operation, parameter.getAnnotation(HeaderParam.class).value(), "header", parameter);
      } else if (isBody(parameter)) {
        hasBody = true;
        operation.setRequestBody(body(resource, method, parameter));
        if (EntityTags.conditional(method)) {
          versionMayBeInIfMatch(operation.getRequestBody());
        }
      }
    }
    APIResponses responses = OASFactory.createAPIResponses();
    successes(resource, method, responses);
    if (EntityTags.tagged(method)) {
      tagSuccesses(responses);
    }
    errors(resource, method, responses, hasBody, hasPathParameter);
    operation.setResponses(responses);
    if (EntityTags.conditional(method)) {
      operation.addParameter(Preconditions.ifMatch());
    }
  }

  /**
   * A versioned write's body names its version, or If-Match does: the body's {@code version} is
   * then optional (and may be null), which a client made from the document must know to leave it
   * out.
   */
  private void versionMayBeInIfMatch(RequestBody body) {
    for (var media : body.getContent().getMediaTypes().values()) {
      String ref = media.getSchema() == null ? null : media.getSchema().getRef();
      Schema component =
          ref == null ? null : schemas.components().get(ref.substring(ref.lastIndexOf('/') + 1));
      if (component == null || component.getProperties() == null) {
        continue;
      }
      Schema version = component.getProperties().get(EntityTags.VERSION);
      if (version == null) {
        continue;
      }
      if (component.getRequired() != null && component.getRequired().contains(EntityTags.VERSION)) {
        List<String> required = new ArrayList<>(component.getRequired());
        required.remove(EntityTags.VERSION);
        component.setRequired(required.isEmpty() ? null : required);
        version = JsonSchemas.nullable(version);
      }
      String alternative = "or leave it out and send the ETag in If-Match";
      if (version.getDescription() == null) {
        version.setDescription("the version as read, the number in its ETag; " + alternative);
      } else if (!version.getDescription().contains(alternative)) {
        version.setDescription(version.getDescription() + "; " + alternative);
      }
      component.addProperty(EntityTags.VERSION, version);
    }
  }

  /** The ETag a versioned operation's success answers. */
  private static void tagSuccesses(APIResponses responses) {
    for (var entry : responses.getAPIResponses().entrySet()) {
      if (entry.getKey().startsWith("2")) {
        entry.getValue().addHeader(HttpHeaders.ETAG, Preconditions.etag());
      }
    }
  }

  private void parameter(Operation operation, String name, String in, Parameter parameter) {
    if (operation.getParameters() == null) {
      return;
    }
    for (org.eclipse.microprofile.openapi.models.parameters.Parameter p :
        operation.getParameters()) {
      if (name.equals(p.getName()) && in.equals(p.getIn().toString())) {
        p.setSchema(parameterSchema(parameter));
        String description = description(name, in, parameter);
        if (description != null) {
          p.setDescription(description);
        }
      }
    }
  }

  /** The paging parameters every list takes say the same everywhere. */
  static final String LIMIT =
      "How many entries a page holds at most (1-"
          + fi.aso.web.rest.v1.Paging.MAX_LIMIT
          + "; the list's default when left out). A value out of range is a 400 naming limit.";

  static final String CURSOR =
      "Where the page starts: the cursor of the previous page (its Link rel=next header, or next"
          + " in a page body), opaque. Give the same filters and sort with it. The walk holds"
          + " every entry once, in order, even while entries are added; a cursor the list did not"
          + " give is a 400 naming cursor (code page.cursor).";

  /** A parameter's description: its {@link ApiSchema}'s, or the paging parameters' own. */
  private static String description(String name, String in, Parameter parameter) {
    ApiSchema annotation = parameter.getAnnotation(ApiSchema.class);
    if (annotation != null && !annotation.description().isEmpty()) {
      return annotation.description();
    }
    if (in.equals("query") && name.equals("cursor")) {
      return CURSOR;
    }
    if (in.equals("query") && name.equals("limit")) {
      return LIMIT;
    }
    if (in.equals("query") && name.equals("offset")) {
      return "Where the page starts, counting from 0: numbered pages, for a person paging a"
          + " screen; a program walking the list uses cursor, which holds while it changes";
    }
    return null;
  }

  /** Whether the operation pages its list with a cursor (and so may answer a Link header). */
  private static boolean paged(Method method) {
    return Arrays.stream(method.getParameters())
        .anyMatch(
            p ->
                p.isAnnotationPresent(QueryParam.class)
                    && p.getAnnotation(QueryParam.class).value().equals("cursor"));
  }

  /**
   * A parameter's schema: its {@link ApiSchema} type and format if it says one, else its Java type.
   */
  private Schema parameterSchema(Parameter parameter) {
    ApiSchema annotation = parameter.getAnnotation(ApiSchema.class);
    if (annotation != null && !annotation.type().isEmpty()) {
      Schema schema = typed(Schema.SchemaType.valueOf(annotation.type().toUpperCase(Locale.ROOT)));
      return annotation.format().isEmpty() ? schema : schema.format(annotation.format());
    }
    return schemas.of(parameter.getParameterizedType());
  }

  private static boolean isBody(Parameter parameter) {
    for (Annotation a : parameter.getAnnotations()) {
      String name = a.annotationType().getPackageName();
      if (name.startsWith("jakarta.ws.rs")) {
        return false;
      }
    }
    return true;
  }

  private RequestBody body(Class<?> resource, Method method, Parameter parameter) {
    ApiSchema annotation = parameter.getAnnotation(ApiSchema.class);
    Schema schema;
    if (annotation != null && annotation.value() != Void.class) {
      schema = schemas.of(annotation.value());
    } else if (parameter.getType() == InputStream.class || parameter.getType() == byte[].class) {
      schema = binary();
    } else {
      schema = schemas.of(parameter.getParameterizedType());
    }
    var content = OASFactory.createContent();
    for (String type : consumes(resource, method)) {
      content.addMediaType(type, OASFactory.createMediaType().schema(schema));
    }
    return OASFactory.createRequestBody()
        .content(content)
        .required(
            parameter.isAnnotationPresent(NotNull.class) || annotation != null || binary(schema));
  }

  private static boolean binary(Schema schema) {
    return "binary".equals(schema.getFormat());
  }

  private void successes(Class<?> resource, Method method, APIResponses responses) {
    var declared =
        method.getAnnotationsByType(
            org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class);
    List<String> produces = produces(resource, method);
    for (var annotation : declared) {
      int code = Integer.parseInt(annotation.responseCode());
      if (code >= 400) {
        continue; // errors: see errors()
      }
      APIResponse response =
          OASFactory.createAPIResponse()
              .description(
                  annotation.description().isEmpty() ? reason(code) : annotation.description());
      if (annotation.content().length > 0) {
        var content = OASFactory.createContent();
        for (Content c : annotation.content()) {
          List<String> types = c.mediaType().isEmpty() ? produces : List.of(c.mediaType());
          for (String type : types) {
            content.addMediaType(
                type, OASFactory.createMediaType().schema(declaredSchema(c, type)));
          }
        }
        response.setContent(content);
      }
      responses.addAPIResponse(String.valueOf(code), response);
    }
    if (Arrays.stream(declared).anyMatch(a -> Integer.parseInt(a.responseCode()) < 400)) {
      return;
    }
    Class<?> returned = method.getReturnType();
    if (returned == void.class) {
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description(reason(204)));
    } else if (returned == Response.class) {
      throw new IllegalStateException(
          "returns a Response: say what it answers with @APIResponse(responseCode = ...,"
              + " content = ...)");
    } else {
      var content = OASFactory.createContent();
      for (String type : produces) {
        Schema schema =
            isBinary(type)
                ? binary()
                : text(type)
                    ? typed(Schema.SchemaType.STRING)
                    : schemas.of(method.getGenericReturnType());
        content.addMediaType(type, OASFactory.createMediaType().schema(schema));
      }
      APIResponse ok = OASFactory.createAPIResponse().description(reason(200)).content(content);
      if (paged(method)) {
        ok.addHeader(
            "Link",
            OASFactory.createHeader()
                .description(
                    "The next page's address: <...&cursor=...>; rel=\"next\" (RFC 8288); absent"
                        + " on the last page")
                .schema(typed(Schema.SchemaType.STRING)));
      }
      responses.addAPIResponse("200", ok);
    }
  }

  private Schema declaredSchema(Content content, String type) {
    var annotation = content.schema();
    if (annotation.implementation() != Void.class) {
      Schema one = schemas.of(annotation.implementation());
      return annotation.type()
              == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY
          ? typed(Schema.SchemaType.ARRAY).items(one)
          : one;
    }
    if (isBinary(type)) {
      return binary();
    }
    if (text(type)) {
      return typed(Schema.SchemaType.STRING);
    }
    throw new IllegalStateException("a response of " + type + " without a schema implementation");
  }

  /**
   * The errors every operation can answer, by what it takes: a bad parameter or body (400), no or a
   * refused token (401, 403), an id that names nothing the caller may see (404), a change of
   * something changed in the meantime or in another state (409), a body too large or of another
   * type (413, 415), too many requests (429), the unexpected (500); plus any the method declares.
   */
  private void errors(
      Class<?> resource, Method method, APIResponses responses, boolean body, boolean path) {
    boolean open =
        method.isAnnotationPresent(PermitAll.class)
            || (resource.isAnnotationPresent(PermitAll.class)
                && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class));
    String http = httpMethod(method);
    boolean change = !http.equals(HttpMethod.GET) && !http.equals(HttpMethod.HEAD);
    List<Problems.Status> statuses = new ArrayList<>();
    statuses.add(Problems.Status.BAD_REQUEST);
    if (!open) {
      statuses.add(Problems.Status.UNAUTHORIZED);
      statuses.add(Problems.Status.FORBIDDEN);
    }
    if (path || body) {
      statuses.add(Problems.Status.NOT_FOUND);
    }
    statuses.add(Problems.Status.NOT_ACCEPTABLE);
    if (change && !open) {
      statuses.add(Problems.Status.CONFLICT);
    }
    if (body) {
      statuses.add(Problems.Status.TOO_LARGE);
      statuses.add(Problems.Status.UNSUPPORTED_TYPE);
    }
    if (EntityTags.conditional(method)) {
      statuses.add(Problems.Status.PRECONDITION_FAILED);
      if (EntityTags.required(method)) {
        statuses.add(Problems.Status.PRECONDITION_REQUIRED);
      }
    }
    statuses.add(Problems.Status.TOO_MANY_REQUESTS);
    statuses.add(Problems.Status.SERVER_ERROR);
    for (var annotation :
        method.getAnnotationsByType(
            org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
      int code = Integer.parseInt(annotation.responseCode());
      if (code >= 400) {
        // an open operation's 401 is not about a token: the token endpoint's wrong password
        Problems.Status status =
            open && code == Problems.Status.WRONG_CREDENTIALS.code
                ? Problems.Status.WRONG_CREDENTIALS
                : Problems.ofCode(code)
                    .orElseThrow(
                        () -> new IllegalStateException("no problem response for " + code));
        if (!statuses.contains(status)) {
          statuses.add(status);
        }
      }
    }
    statuses.sort(Comparator.comparingInt(s -> s.code));
    for (Problems.Status status : statuses) {
      responses.addAPIResponse(String.valueOf(status.code), Problems.of(status));
    }
  }

  private static List<String> consumes(Class<?> resource, Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = resource.getAnnotation(Consumes.class);
    }
    return consumes == null ? List.of(MediaType.APPLICATION_JSON) : List.of(consumes.value());
  }

  private static List<String> produces(Class<?> resource, Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = resource.getAnnotation(Produces.class);
    }
    return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
  }

  private static boolean isBinary(String type) {
    return type.startsWith("application/pdf")
        || type.startsWith("image/")
        || type.startsWith(MediaType.APPLICATION_OCTET_STREAM);
  }

  private static boolean text(String type) {
    return type.startsWith("text/");
  }

  private static Schema binary() {
    return typed(Schema.SchemaType.STRING).format("binary");
  }

  private static String reason(int code) {
    Response.Status status = Response.Status.fromStatusCode(code);
    return status == null ? String.valueOf(code) : status.getReasonPhrase();
  }
}
