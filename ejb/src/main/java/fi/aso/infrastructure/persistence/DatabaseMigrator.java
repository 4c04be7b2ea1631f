package fi.aso.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else starts: Flyway owns the schema, JPA only maps
 * it. Other start-up beans {@code @DependsOn("DatabaseMigrator")}. A failed migration fails the
 * deployment, which is what an operator wants to see.
 *
 * <p>The data source is defined here, from MicroProfile Config; defaults are inline because Payara
 * resolves them before the application's config file is read.
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

  // distinct names: a container looking up the callback by name must not find the static method
  @PostConstruct
  void migrateOnStart() {
    MigrateResult result = migrateSchema(dataSource);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The migration itself, also used by tests against an embedded PostgreSQL. */
  public static MigrateResult migrateSchema(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }
}
