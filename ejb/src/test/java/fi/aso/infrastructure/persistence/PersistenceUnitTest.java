package fi.aso.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.testing.EmbeddedDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production persistence unit lists its classes by hand (exclude-unlisted-classes). The tests
 * use that same unit, so a class missing from it fails here, before it fails in the container.
 */
class PersistenceUnitTest {

  static EntityManagerFactory emf;

  @BeforeAll
  static void start() {
    emf = EmbeddedDatabase.entityManagerFactory("persistence_unit");
  }

  @AfterAll
  static void stop() {
    emf.close();
  }

  @Test
  void everyEntityOfTheModuleIsInThePersistenceUnit() {
    Set<Class<?>> mapped =
        emf.getMetamodel().getManagedTypes().stream()
            .map(ManagedType::getJavaType)
            .collect(Collectors.toSet());

    assertThat(entityClassesOfMain())
        .isNotEmpty()
        .allSatisfy(entity -> assertThat(mapped).contains(entity));
  }

  /** Every class annotated {@code @Entity} in ejb's compiled main classes. */
  private static Set<Class<?>> entityClassesOfMain() {
    try {
      Path classes =
          Path.of(ClientCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (Stream<Path> files = Files.walk(classes)) {
        return files
            .filter(
                f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
            .map(
                f ->
                    classes
                        .relativize(f)
                        .toString()
                        .replace(f.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", ""))
            .map(PersistenceUnitTest::load)
            .filter(c -> c.isAnnotationPresent(Entity.class))
            .collect(Collectors.toSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, PersistenceUnitTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
