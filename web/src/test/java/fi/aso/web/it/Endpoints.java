package fi.aso.web.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the platform offers, read from the platform itself, so that tests that try everything cover
 * a new endpoint or page without being edited: the REST operations of its OpenAPI document (with
 * the kind of each path parameter), its Faces pages and its servlets.
 */
final class Endpoints {

  private static final Pattern PATH = Pattern.compile("^  (/api/[^:]*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");
  private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
  private static final Pattern SERVLET =
      Pattern.compile("@WebServlet\\([^)]*urlPatterns\\s*=\\s*\"([^\"]+)\"");

  private Endpoints() {}

  /** (method, path) pairs of the OpenAPI document's paths, in the document's order. */
  static List<String[]> of(String openApiYaml) {
    List<String[]> found = new ArrayList<>();
    String path = null;
    for (String line : openApiYaml.split("\n")) {
      Matcher p = PATH.matcher(line);
      if (p.matches()) {
        path = p.group(1);
        continue;
      }
      Matcher m = METHOD.matcher(line);
      if (path != null && m.matches()) {
        found.add(new String[] {m.group(1).toUpperCase(), path});
      }
    }
    return found;
  }

  /**
   * The kinds of a path's parameters, in order: the collection each one follows ({@code
   * meetings/{id}/slots/{slotId}}: "meetings", then "slots").
   */
  static List<String> kinds(String template) {
    List<String> kinds = new ArrayList<>();
    String[] segments = template.split("/");
    for (int i = 1; i < segments.length; i++) {
      if (PARAMETER.matcher(segments[i]).matches()) {
        kinds.add(segments[i - 1]);
      }
    }
    return kinds;
  }

  /** The path without its prefix, with {@code *} for each parameter: "meetings/*&#47;slots/*". */
  static String normalised(String template) {
    return PARAMETER.matcher(template.replaceFirst("^/api/v1/", "")).replaceAll("*");
  }

  /** The path with each parameter replaced by the id of its kind. */
  static String fill(String template, Function<String, Long> idOfKind) {
    List<String> kinds = kinds(template);
    Matcher parameter = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    int i = 0;
    while (parameter.find()) {
      parameter.appendReplacement(path, String.valueOf(idOfKind.apply(kinds.get(i++))));
    }
    parameter.appendTail(path);
    return path.toString();
  }

  /** Every Faces page of the WAR, relative to the root ("cases/case.xhtml"). */
  static List<String> pages() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF"))
          .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /**
   * The URL patterns of the WAR's own servlets ({@code @WebServlet}), e.g. "/minutes/copy.pdf" or
   * "/join/*".
   */
  static List<String> servlets() throws IOException {
    Path sources = Path.of("src/main/java");
    List<String> patterns = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher servlet = SERVLET.matcher(Files.readString(file));
        while (servlet.find()) {
          patterns.add(servlet.group(1));
        }
      }
    }
    return patterns;
  }
}
