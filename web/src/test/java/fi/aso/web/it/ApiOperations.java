package fi.aso.web.it;

import fi.aso.web.rest.AsoApi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What the platform's JAX-RS methods take, read from the WAR's own classes (the build's {@code
 * target/classes} are on the IT class path): for each operation of the OpenAPI document, the Java
 * type of its body (the records' components are the fields a client may send: the document's
 * schemas do not list them), its query parameters with their types, the media types it consumes and
 * the roles that may call it.
 */
final class ApiOperations {

  /** One JAX-RS resource method. */
  record Operation(
      String method,
      String template,
      Method javaMethod,
      Type bodyType,
      List<String> consumes,
      Map<String, Type> query,
      List<String> roles,
      boolean permitAll) {

    boolean takesBody() {
      return bodyType != null;
    }

    boolean takesJson() {
      return takesBody() && consumes.stream().anyMatch(c -> c.contains("json"));
    }
  }

  private final Map<String, Operation> byEndpoint = new LinkedHashMap<>();

  private ApiOperations() {}

  /** Every resource method of the WAR's API, keyed "METHOD /api/path/{param}". */
  static ApiOperations read() {
    ApiOperations operations = new ApiOperations();
    String root = "/" + AsoApi.class.getAnnotation(jakarta.ws.rs.ApplicationPath.class).value();
    root = root.replaceAll("/+", "/").replaceAll("/$", "");
    for (Class<?> resource : resourceClasses()) {
      String classPath = resource.getAnnotation(Path.class).value();
      for (Method m : resource.getMethods()) {
        Optional<String> http = httpMethod(m);
        if (http.isEmpty() || m.getDeclaringClass() != resource) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String template =
            (root + "/" + classPath + (sub == null ? "" : "/" + sub.value()))
                .replaceAll("/+", "/")
                .replaceAll("/$", "");
        Type body = null;
        Map<String, Type> query = new LinkedHashMap<>();
        for (Parameter p : m.getParameters()) {
          QueryParam q = p.getAnnotation(QueryParam.class);
          if (q != null) {
            query.put(q.value(), p.getParameterizedType());
          }
          if (Arrays.stream(p.getAnnotations())
              .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"))) {
            body = p.getParameterizedType();
          }
        }
        Consumes consumes =
            m.getAnnotation(Consumes.class) != null
                ? m.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        RolesAllowed roles =
            m.getAnnotation(RolesAllowed.class) != null
                ? m.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        boolean permitAll =
            m.isAnnotationPresent(PermitAll.class)
                || (m.getAnnotation(RolesAllowed.class) == null
                    && resource.isAnnotationPresent(PermitAll.class));
        operations.byEndpoint.put(
            http.get() + " " + template,
            new Operation(
                http.get(),
                template,
                m,
                body,
                consumes == null ? List.of() : List.of(consumes.value()),
                query,
                roles == null ? List.of() : List.of(roles.value()),
                permitAll));
      }
    }
    return operations;
  }

  /** The operation the document names, or empty when the WAR's classes have no such method. */
  Optional<Operation> find(String method, String template) {
    return Optional.ofNullable(byEndpoint.get(method + " " + template));
  }

  /** Every operation, in the order the classes were read. */
  java.util.Collection<Operation> all() {
    return byEndpoint.values();
  }

  private static Optional<String> httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return Optional.of(http.value());
      }
    }
    return Optional.empty();
  }

  /** The classes with {@code @Path} in the package of the API's application and below it. */
  private static List<Class<?>> resourceClasses() {
    String packagePath = AsoApi.class.getPackageName().replace('.', '/');
    List<String> names = new ArrayList<>();
    try {
      java.nio.file.Path source =
          java.nio.file.Path.of(
              AsoApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(source)) {
        try (Stream<java.nio.file.Path> files = Files.walk(source.resolve(packagePath))) {
          files
              .map(f -> source.relativize(f).toString().replace('\\', '/'))
              .filter(f -> f.endsWith(".class"))
              .forEach(names::add);
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          jar.stream()
              .map(e -> e.getName().replaceFirst("^WEB-INF/classes/", ""))
              .filter(n -> n.startsWith(packagePath) && n.endsWith(".class"))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type =
            Class.forName(
                name.replaceFirst("\\.class$", "").replace('/', '.'),
                false,
                AsoApi.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          found.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not a class the API needs (e.g. one whose optional dependency is absent)
      }
    }
    return found;
  }
}
