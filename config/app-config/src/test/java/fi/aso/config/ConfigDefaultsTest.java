package fi.aso.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * microprofile-config.properties is the one place for defaults: every setting main code reads by
 * name is there, code gives no defaults of its own, and the data source's inline defaults (which
 * Payara reads before the file) say the same.
 */
class ConfigDefaultsTest {

  private static final List<Path> MAIN_SOURCES =
      List.of(
          Path.of("../../ejb/src/main/java"),
          Path.of("../../integration/src/main/java"),
          Path.of("../../web/src/main/java"));

  /** The name and the injected type, e.g. {@code Optional<String>}. */
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"\\s*\\)\\s+([\\w<>]+)");

  private static final Pattern INLINE_DEFAULT = Pattern.compile("\\$\\{MPCONFIG=([^:}]+):([^}]*)}");

  @Test
  void everySettingReadByNameHasItsDefaultInTheFile() throws IOException {
    Properties defaults = defaults();
    List<String[]> read = new ArrayList<>();
    for (String source : sources()) {
      Matcher m = CONFIG_PROPERTY.matcher(source);
      while (m.find()) {
        read.add(new String[] {m.group(1), m.group(2)});
      }
    }
    assertThat(read).as("@ConfigProperty injections found").hasSizeGreaterThan(15);
    for (String[] setting : read) {
      String name = setting[0];
      assertThat(defaults.getProperty(name))
          .as(name + " in microprofile-config.properties")
          .isNotNull();
      if (defaults.getProperty(name).isEmpty()) {
        // "not set" by default: only an optional setting may be left so, or deployment fails
        assertThat(setting[1])
            .as(name + " is empty by default, so optional")
            .startsWith("Optional");
      }
    }
  }

  @Test
  void codeGivesNoDefaultsOfItsOwn() throws IOException {
    for (String source : sources()) {
      assertThat(source).doesNotContain("defaultValue");
    }
  }

  @Test
  void theDataSourceDefaultsAgreeWithTheFile() throws IOException {
    Properties defaults = defaults();
    String migrator =
        Files.readString(
            Path.of(
                "../../ejb/src/main/java/fi/aso/infrastructure/persistence/DatabaseMigrator.java"));
    Matcher m = INLINE_DEFAULT.matcher(migrator);
    int found = 0;
    while (m.find()) {
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(defaults.getProperty(m.group(1)));
      found++;
    }
    assertThat(found).isEqualTo(5);
  }

  private static Properties defaults() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ConfigDefaultsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      properties.load(in);
    }
    return properties;
  }

  private static List<String> sources() throws IOException {
    List<String> sources = new ArrayList<>();
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          sources.add(Files.readString(file));
        }
      }
    }
    return sources;
  }
}
