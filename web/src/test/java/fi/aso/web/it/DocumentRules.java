package fi.aso.web.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the published OpenAPI document must be for a client to be generated from it: every operation
 * has a unique operationId, a tag, a success response and at least one error response; every body
 * (asked or answered) has a typed schema (no bare {@code type: object} without properties, no
 * untyped {@code {}} property, no dangling reference); ids are int64 integers; and the platform's
 * filter (ApiContract) found nothing it could not describe. A new operation that is not described
 * fails here, naming it.
 */
final class DocumentRules {

  private static final Pattern ID = Pattern.compile("^(id|.*Id)$");
  private static final Pattern IDS = Pattern.compile("^.*Ids$");

  private DocumentRules() {}

  /** The rules the document breaks, one line each; empty when it keeps them all. */
  static List<String> broken(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
    List<String> broken = new ArrayList<>();
    OpenAPI api = parsed.getOpenAPI();
    if (api == null) {
      broken.add("the document does not parse: " + parsed.getMessages());
      return broken;
    }
    Object undescribed =
        api.getExtensions() == null ? null : api.getExtensions().get("x-undescribed");
    if (undescribed != null) {
      broken.add("the platform could not describe: " + undescribed);
    }
    Map<String, Schema> components =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Map.of()
            : api.getComponents().getSchemas();
    Map<String, String> operationIds = new HashMap<>();
    if (api.getPaths() == null || api.getPaths().isEmpty()) {
      broken.add("the document has no paths");
      return broken;
    }
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) ->
                            operation(method + " " + path, op, api, operationIds, broken)));
    components.forEach(
        (name, schema) -> typed("schema " + name, schema, components, broken, new HashSet<>()));
    return broken;
  }

  private static void operation(
      String where,
      Operation op,
      OpenAPI api,
      Map<String, String> operationIds,
      List<String> broken) {
    String id = op.getOperationId();
    if (id == null || id.isBlank()) {
      broken.add(where + ": no operationId");
    } else {
      String before = operationIds.putIfAbsent(id, where);
      if (before != null) {
        broken.add(where + ": operationId " + id + " repeats that of " + before);
      }
    }
    if (op.getTags() == null || op.getTags().isEmpty()) {
      broken.add(where + ": no tag");
    }
    Map<String, Schema> components =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Map.of()
            : api.getComponents().getSchemas();
    if (op.getParameters() != null) {
      for (Parameter declared : op.getParameters()) {
        Parameter p = resolve(declared, api);
        if (p == null) {
          broken.add(where + ": a reference to no parameter (" + declared.get$ref() + ")");
          continue;
        }
        String name = p.getName();
        if (ID.matcher(name).matches() && !int64(p.getSchema())) {
          broken.add(where + ": the id parameter " + name + " is not an int64 integer");
        }
        typed(where + " parameter " + name, p.getSchema(), components, broken, new HashSet<>());
      }
    }
    if (op.getRequestBody() != null) {
      body(where + " request body", op.getRequestBody().getContent(), components, broken);
    }
    if (op.getResponses() == null || op.getResponses().isEmpty()) {
      broken.add(where + ": no responses");
      return;
    }
    boolean success = false;
    boolean error = false;
    for (Map.Entry<String, ApiResponse> response : op.getResponses().entrySet()) {
      String code = response.getKey();
      success |= code.startsWith("2");
      error |= code.startsWith("4") || code.startsWith("5");
      if (code.equals("default")) {
        broken.add(where + ": a 'default' response says nothing of what the operation answers");
      }
      ApiResponse answer = resolve(response.getValue(), api);
      if (answer == null) {
        broken.add(where + " " + code + ": a reference to no response");
      } else if (!code.equals("204")) {
        body(where + " " + code, answer.getContent(), components, broken);
      }
    }
    if (!success) {
      broken.add(where + ": no success response");
    }
    if (!error) {
      broken.add(where + ": no error response");
    }
  }

  /** A parameter, or the component one it refers to (null: none of that name). */
  private static Parameter resolve(Parameter parameter, OpenAPI api) {
    String ref = parameter.get$ref();
    if (ref == null) {
      return parameter;
    }
    var parameters = api.getComponents() == null ? null : api.getComponents().getParameters();
    return parameters == null ? null : parameters.get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static ApiResponse resolve(ApiResponse response, OpenAPI api) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    return api.getComponents() == null || api.getComponents().getResponses() == null
        ? null
        : api.getComponents().getResponses().get(name);
  }

  private static void body(
      String where, Content content, Map<String, Schema> components, List<String> broken) {
    if (content == null || content.isEmpty()) {
      broken.add(where + ": no content described");
      return;
    }
    for (Map.Entry<String, MediaType> type : content.entrySet()) {
      Schema schema = type.getValue().getSchema();
      if (schema == null) {
        broken.add(where + " " + type.getKey() + ": no schema");
      } else {
        typed(where + " " + type.getKey(), schema, components, broken, new HashSet<>());
      }
    }
  }

  /** Whether the schema says what its value is, all the way down. */
  private static void typed(
      String where,
      Schema<?> schema,
      Map<String, Schema> components,
      List<String> broken,
      Set<String> seen) {
    if (schema == null) {
      broken.add(where + ": no schema");
      return;
    }
    String ref = schema.get$ref();
    if (ref != null) {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      if (!components.containsKey(name)) {
        broken.add(where + ": refers to the missing schema " + ref);
      }
      return; // the component itself is checked on its own
    }
    List<Schema> alternatives = alternatives(schema);
    if (!alternatives.isEmpty()) {
      // anyOf [{$ref}, {type: null}]: a nullable reference; each alternative must be typed
      for (Schema<?> alternative : alternatives) {
        typed(where, alternative, components, broken, seen);
      }
      return;
    }
    Set<String> types = types(schema);
    if (types.isEmpty()) {
      broken.add(where + ": untyped (no type, no $ref)");
      return;
    }
    if (types.contains("array")) {
      typed(where + "[]", schema.getItems(), components, broken, seen);
    }
    if (types.contains("object")) {
      boolean properties = schema.getProperties() != null && !schema.getProperties().isEmpty();
      Object additional = schema.getAdditionalProperties();
      if (additional instanceof Schema<?> flag && flag.getBooleanSchemaValue() != null) {
        additional = flag.getBooleanSchemaValue(); // additionalProperties: true or false
      }
      if (!properties && !(additional instanceof Schema)) {
        broken.add(where + ": an object without properties or additionalProperties");
      }
      if (additional instanceof Schema<?> values) {
        typed(where + "{}", values, components, broken, seen);
      }
      if (properties) {
        schema
            .getProperties()
            .forEach(
                (name, property) -> {
                  typed(where + "." + name, property, components, broken, seen);
                  if (ID.matcher(name).matches() && !int64(property)) {
                    broken.add(where + "." + name + ": an id that is not an int64 integer");
                  }
                  if (IDS.matcher(name).matches()
                      && (property.getItems() == null || !int64(property.getItems()))) {
                    broken.add(where + "." + name + ": ids that are not int64 integers");
                  }
                });
      }
    }
  }

  private static boolean int64(Schema<?> schema) {
    if (schema == null) {
      return false;
    }
    if (!alternatives(schema).isEmpty()) {
      return alternatives(schema).stream().anyMatch(DocumentRules::int64);
    }
    return types(schema).contains("integer") && "int64".equals(schema.getFormat());
  }

  @SuppressWarnings("rawtypes")
  private static List<Schema> alternatives(Schema<?> schema) {
    List<Schema> all = new ArrayList<>();
    for (List<Schema> some :
        List.of(
            nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()), nonNull(schema.getAllOf()))) {
      all.addAll(some);
    }
    return all;
  }

  @SuppressWarnings("rawtypes")
  private static List<Schema> nonNull(List<Schema> list) {
    return list == null ? List.of() : list;
  }

  private static Set<String> types(Schema<?> schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    }
    return types;
  }

  /** The paths' operations as "METHOD path", for messages. */
  static List<String> operations(String document) {
    OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
    List<String> all = new ArrayList<>();
    api.getPaths()
        .forEach(
            (path, item) -> {
              for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
                all.add(method + " " + path);
              }
            });
    return all;
  }
}
