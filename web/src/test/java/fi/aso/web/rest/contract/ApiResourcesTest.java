package fi.aso.web.rest.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every JAX-RS resource class is one whose operations the published document describes. */
class ApiResourcesTest {

  private static final Pattern RESOURCE = Pattern.compile("(?m)^@Path\\(");

  @Test
  void everyResourceClassIsListed() throws Exception {
    Path sources = Path.of("src/main/java");
    List<String> resources;
    try (Stream<Path> files = Files.walk(sources)) {
      resources =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> RESOURCE.matcher(read(f)).find())
              .map(
                  f ->
                      sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
              .sorted()
              .toList();
    }
    assertThat(resources).isNotEmpty();
    assertThat(ApiResources.CLASSES.stream().map(Class::getName).sorted().toList())
        .as("ApiResources.CLASSES lists every @Path class, so that ApiContract describes it")
        .containsExactlyElementsOf(resources);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
