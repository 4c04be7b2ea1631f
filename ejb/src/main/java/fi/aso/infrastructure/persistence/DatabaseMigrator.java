package fi.aso.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Brings the schema up to date before anything else starts: Flyway owns the schema, JPA only maps
 * it. Other start-up beans {@code @DependsOn("DatabaseMigrator")}. A failed migration fails the
 * deployment, which is what an operator wants to see.
 *
 * <p>The data source is defined here, from MicroProfile Config; defaults are inline because Payara
 * resolves them before the application's config file is read. It connects as the platform's own
 * role, which should not own the schema: migrations run as the owner role ({@code
 * aso.db.owner-user}), and {@code afterMigrate.sql} grants the platform's role what it needs, and
 * on the audit trail only INSERT and SELECT, so that the platform cannot disable the trail's
 * trigger or rewrite a row. Without an owner user the migrations run as the platform's role (one
 * role for everything, as before); the audit trail's health check then says it can be rewritten.
 */
@DataSourceDefinition(
    name = DatabaseMigrator.DATA_SOURCE,
    className = "org.postgresql.ds.PGSimpleDataSource",
    serverName = "${MPCONFIG=aso.db.host:localhost}",
    databaseName = "${MPCONFIG=aso.db.name:aso}",
    user = "${MPCONFIG=aso.db.user:aso}",
    password = "${MPCONFIG=aso.db.password:aso}",
    properties = {
      "portNumber=${MPCONFIG=aso.db.port:5432}",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true"
    },
    minPoolSize = 2,
    maxPoolSize = 20)
@Startup
@Singleton
// the secrets first: a platform without its keys neither changes the schema nor starts delivering
@DependsOn("SecretsAtStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  public static final String DATA_SOURCE = "java:app/jdbc/aso";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "aso.db.host")
  String host;

  @Inject
  @ConfigProperty(name = "aso.db.port")
  int port;

  @Inject
  @ConfigProperty(name = "aso.db.name")
  String database;

  @Inject
  @ConfigProperty(name = "aso.db.owner-user")
  Optional<String> ownerUser;

  @Inject
  @ConfigProperty(name = "aso.db.owner-password")
  Optional<String> ownerPassword;

  // distinct names: a container looking up the callback by name must not find the static method
  @PostConstruct
  void migrateOnStart() {
    String appRole = currentUser(dataSource);
    DataSource owner = ownerUser.map(this::ownerDataSource).orElse(dataSource);
    MigrateResult result = migrateSchema(owner, appRole);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, as "
                + ownerUser.orElse(appRole)
                + "; the platform runs as "
                + appRole
                + ")");
  }

  private DataSource ownerDataSource(String user) {
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setServerNames(new String[] {host});
    owner.setPortNumbers(new int[] {port});
    owner.setDatabaseName(database);
    owner.setUser(user);
    owner.setPassword(ownerPassword.orElse(null));
    return owner;
  }

  /**
   * The migration itself, also used by tests against an embedded PostgreSQL: {@code owner} runs it
   * and {@code appRole} is the role the platform runs as (the same role when there is only one).
   */
  public static MigrateResult migrateSchema(DataSource owner, String appRole) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(owner)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        // the name goes into a SQL string literal in afterMigrate.sql, quoted there with %I
        .placeholders(Map.of("app_role", appRole.replace("'", "''")))
        .load()
        .migrate();
  }

  /** The role a data source connects as, as PostgreSQL names it. */
  public static String currentUser(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery("select current_user")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
  }
}
