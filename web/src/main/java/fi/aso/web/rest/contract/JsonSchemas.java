package fi.aso.web.rest.contract;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON Schemas of the Java types the API reads and writes, made from the types themselves as JSON-B
 * (Yasson) maps them: a record is an object of its components (a null component is left out, so
 * only primitives and components that Bean Validation says may not be null are required), an enum a
 * string of its constant names, {@code java.time} types ISO-8601 strings, {@code long} an int64.
 * Records and enums become named component schemas; {@code @Schema} on a record or component adds a
 * name, description, example or format, and Bean Validation constraints become the schema's limits.
 *
 * <p>Payara's own scanner does not do this (dates and enums came out untyped, return types not at
 * all), which is why the document's bodies are described from here.
 */
final class JsonSchemas {

  static final String COMPONENTS = "#/components/schemas/";

  /** The named schemas made so far, by name. */
  private final Map<String, Schema> components = new TreeMap<>();

  /** Which type each name stands for, to catch two types under one name. */
  private final Map<String, Type> named = new HashMap<>();

  /** The schema of {@code type}: a reference for records and enums, inline for anything else. */
  Schema of(Type type) {
    return of(type, Map.of());
  }

  /** The named schemas made by {@link #of} calls so far. */
  Map<String, Schema> components() {
    return components;
  }

  private Schema of(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      Type bound = bindings.get(variable);
      if (bound == null) {
        throw new IllegalArgumentException("cannot describe the unbound type " + variable);
      }
      return of(bound, bindings);
    }
    if (type instanceof WildcardType wildcard) {
      return of(wildcard.getUpperBounds()[0], bindings);
    }
    if (type instanceof GenericArrayType array) {
      return array(of(array.getGenericComponentType(), bindings));
    }
    if (type instanceof ParameterizedType parameterized) {
      return parameterized(parameterized, bindings);
    }
    Class<?> raw = (Class<?>) type;
    Schema scalar = scalar(raw);
    if (scalar != null) {
      return scalar;
    }
    if (raw.isArray()) {
      return array(of(raw.getComponentType(), bindings));
    }
    if (raw.isEnum()) {
      return reference(raw, () -> enumeration(raw));
    }
    if (raw.isRecord()) {
      return reference(raw, () -> record(raw, Map.of()));
    }
    throw new IllegalArgumentException(
        "cannot describe " + raw.getName() + ": the API's bodies are records, enums and scalars");
  }

  private Schema parameterized(ParameterizedType type, Map<TypeVariable<?>, Type> bindings) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (Collection.class.isAssignableFrom(raw)) {
      Schema array = array(of(arguments[0], bindings));
      return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
    }
    if (Map.class.isAssignableFrom(raw)) {
      // a map's value may be null (a referral topic with no text yet): JSON-B writes it as null
      Schema map =
          typed(SchemaType.OBJECT).additionalPropertiesSchema(nullable(of(arguments[1], bindings)));
      Type key = resolve(arguments[0], bindings);
      if (key instanceof Class<?> keyClass && keyClass.isEnum()) {
        // a map keyed by an enum: its keys are the constants' names
        map.set("propertyNames", of(keyClass, bindings));
      }
      return map;
    }
    if (raw == Optional.class) {
      return of(arguments[0], bindings);
    }
    if (raw.isRecord()) {
      // a generic record (Page<T>) is named after its arguments: MeetingSummaryPage
      Map<TypeVariable<?>, Type> own = new HashMap<>();
      StringBuilder name = new StringBuilder();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      for (int i = 0; i < variables.length; i++) {
        Type argument = resolve(arguments[i], bindings);
        own.put(variables[i], argument);
        name.append(simpleName(argument));
      }
      name.append(schemaName(raw));
      return reference(name.toString(), type, () -> record(raw, own));
    }
    throw new IllegalArgumentException("cannot describe " + type.getTypeName());
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    return type instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : type;
  }

  private static String simpleName(Type type) {
    if (type instanceof Class<?> c) {
      return schemaName(c);
    }
    if (type instanceof ParameterizedType p) {
      return Arrays.stream(p.getActualTypeArguments())
              .map(JsonSchemas::simpleName)
              .collect(Collectors.joining())
          + simpleName(p.getRawType());
    }
    return type.getTypeName();
  }

  /**
   * Names for types of the domain and application modules, which carry no OpenAPI annotations,
   * where their simple name is another schema's already.
   */
  private static final Map<Class<?>, String> NAMED_HERE =
      Map.of(fi.aso.domain.meetingday.Attendance.class, "InviteeAttendanceKind");

  /**
   * A record or enum's schema name: its {@code @Schema(name)} or its name here, else its simple
   * name.
   */
  static String schemaName(Class<?> type) {
    org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (annotation != null && !annotation.name().isEmpty()) {
      return annotation.name();
    }
    return NAMED_HERE.getOrDefault(type, type.getSimpleName());
  }

  /**
   * A record or enum by its name; a nested type whose simple name another type already has (two
   * {@code Recipient}s) is named with its enclosing type's name before its own.
   */
  private Schema reference(Class<?> type, java.util.function.Supplier<Schema> schema) {
    String name = schemaName(type);
    Type before = named.get(name);
    if (before != null
        && !before.equals(type)
        && type.getEnclosingClass() != null
        && name.equals(type.getSimpleName())) {
      name = type.getEnclosingClass().getSimpleName() + name;
    }
    return reference(name, type, schema);
  }

  private Schema reference(String name, Type type, java.util.function.Supplier<Schema> schema) {
    Type before = named.putIfAbsent(name, type);
    if (before == null) {
      components.put(name, typed(SchemaType.OBJECT)); // a placeholder while recursing
      components.put(name, schema.get());
    } else if (!before.equals(type)) {
      throw new IllegalStateException(
          "two types would be the schema "
              + name
              + ": "
              + before.getTypeName()
              + " and "
              + type.getTypeName()
              + "; give one a @Schema(name = ...)");
    }
    return OASFactory.createSchema().ref(COMPONENTS + name);
  }

  private Schema enumeration(Class<?> type) {
    Schema schema = typed(SchemaType.STRING);
    for (Object constant : type.getEnumConstants()) {
      schema.addEnumeration(((Enum<?>) constant).name());
    }
    describe(schema, type);
    return schema;
  }

  private Schema record(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
    Schema schema = typed(SchemaType.OBJECT).additionalPropertiesBoolean(false);
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Schema property = of(component.getGenericType(), bindings);
      AnnotatedElement[] where = {
        component.getAccessor(), component, component.getAnnotatedType(),
      };
      if (component.getType().isPrimitive()
          || has(where, NotNull.class, NotBlank.class)
          || has(where, NotEmpty.class)) {
        required.add(component.getName());
      }
      property = constrained(property, component.getType(), where);
      property = annotated(property, where);
      if (!required.contains(component.getName())) {
        // JSON-B writes a null component as null: whatever may be null says so
        property = nullable(property);
      }
      properties.put(component.getName(), property);
    }
    schema.setProperties(properties);
    if (!required.isEmpty()) {
      schema.setRequired(required);
    }
    describe(schema, type);
    return schema;
  }

  /**
   * The schema that also takes null: {@code type: [string, "null"]}, or for a reference {@code
   * anyOf: [{$ref}, {type: "null"}]} (the words of the reference go to the whole).
   */
  static Schema nullable(Schema schema) {
    if (schema.getRef() == null) {
      if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
        schema.addEnumeration(null);
      }
      return schema.addType(SchemaType.NULL);
    }
    Schema either =
        OASFactory.createSchema()
            .anyOf(List.of(OASFactory.createSchema().ref(schema.getRef()), typed(SchemaType.NULL)));
    either.setDescription(schema.getDescription());
    either.setExamples(schema.getExamples());
    return either;
  }

  /** Bean Validation's limits on a component, as the schema's. */
  private static Schema constrained(Schema property, Class<?> type, AnnotatedElement[] where) {
    boolean text = type == String.class;
    boolean many = Collection.class.isAssignableFrom(type) || type.isArray();
    if (text && has(where, NotBlank.class, NotEmpty.class)) {
      property.setMinLength(1);
    }
    if (many && has(where, NotEmpty.class)) {
      property.setMinItems(1);
    }
    Size size = find(where, Size.class);
    if (size != null) {
      if (text) {
        property.setMinLength(size.min());
        property.setMaxLength(size.max() == Integer.MAX_VALUE ? null : size.max());
      } else if (many) {
        property.setMinItems(size.min());
        property.setMaxItems(size.max() == Integer.MAX_VALUE ? null : size.max());
      }
    }
    if (has(where, Positive.class)) {
      property.setMinimum(BigDecimal.ONE);
    }
    if (has(where, PositiveOrZero.class)) {
      property.setMinimum(BigDecimal.ZERO);
    }
    Min min = find(where, Min.class);
    if (min != null) {
      property.setMinimum(BigDecimal.valueOf(min.value()));
    }
    Max max = find(where, Max.class);
    if (max != null) {
      property.setMaximum(BigDecimal.valueOf(max.value()));
    }
    if (has(where, Email.class)) {
      property.setFormat("email");
    }
    Pattern pattern = find(where, Pattern.class);
    if (pattern != null) {
      property.setPattern(pattern.regexp());
    }
    return property;
  }

  /**
   * A component's own {@code @Schema}: description, example, format. On a reference the words go
   * beside it (OpenAPI 3.1 allows siblings of $ref).
   */
  private static Schema annotated(Schema property, AnnotatedElement[] where) {
    org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
        find(where, org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (annotation == null) {
      return property;
    }
    if (!annotation.description().isEmpty()) {
      property.setDescription(annotation.description());
    }
    if (!annotation.format().isEmpty()) {
      property.setFormat(annotation.format());
    }
    if (!annotation.example().isEmpty()) {
      property.setExamples(List.of(example(property, annotation.example())));
    }
    if (annotation.enumeration().length > 0) {
      property.setEnumeration(List.of((Object[]) annotation.enumeration()));
    }
    return property;
  }

  private static Object example(Schema schema, String example) {
    List<SchemaType> types = schema.getType();
    if (types != null && types.contains(SchemaType.INTEGER)) {
      return Long.parseLong(example);
    }
    if (types != null && types.contains(SchemaType.BOOLEAN)) {
      return Boolean.parseBoolean(example);
    }
    return example;
  }

  private static void describe(Schema schema, Class<?> type) {
    org.eclipse.microprofile.openapi.annotations.media.Schema annotation =
        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    if (annotation != null && !annotation.description().isEmpty()) {
      schema.setDescription(annotation.description());
    }
  }

  @SafeVarargs
  private static boolean has(AnnotatedElement[] where, Class<? extends Annotation>... types) {
    for (Class<? extends Annotation> type : types) {
      if (find(where, type) != null) {
        return true;
      }
    }
    return false;
  }

  private static <A extends Annotation> A find(AnnotatedElement[] where, Class<A> type) {
    for (AnnotatedElement element : where) {
      A found = element.getAnnotation(type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Scalars as JSON-B writes them; null when the type is not one. */
  static Schema scalar(Class<?> raw) {
    if (raw == String.class || raw == char.class || raw == Character.class) {
      return typed(SchemaType.STRING);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return typed(SchemaType.BOOLEAN);
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return typed(SchemaType.INTEGER).format("int32");
    }
    if (raw == long.class || raw == Long.class) {
      return typed(SchemaType.INTEGER).format("int64");
    }
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
      return typed(SchemaType.NUMBER)
          .format(raw == float.class || raw == Float.class ? "float" : "double");
    }
    if (raw == BigDecimal.class) {
      return typed(SchemaType.NUMBER);
    }
    if (raw == LocalDate.class) {
      return typed(SchemaType.STRING).format("date").examples(List.of("2026-12-16"));
    }
    if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
      return typed(SchemaType.STRING)
          .format("date-time")
          .examples(List.of("2026-12-16T09:40:00+02:00"));
    }
    if (raw == LocalDateTime.class) {
      return typed(SchemaType.STRING)
          .description("a local date and time without offset, ISO 8601")
          .examples(List.of("2026-12-16T09:40:00"));
    }
    if (raw == LocalTime.class) {
      return typed(SchemaType.STRING)
          .pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$")
          .examples(List.of("09:40:00"));
    }
    if (raw == Duration.class) {
      return typed(SchemaType.STRING).format("duration").examples(List.of("PT45M"));
    }
    if (raw == UUID.class) {
      return typed(SchemaType.STRING).format("uuid");
    }
    if (raw == URI.class) {
      return typed(SchemaType.STRING).format("uri");
    }
    return null;
  }

  static Schema typed(SchemaType type) {
    return OASFactory.createSchema().addType(type);
  }

  private static Schema array(Schema items) {
    return typed(SchemaType.ARRAY).items(items);
  }
}
