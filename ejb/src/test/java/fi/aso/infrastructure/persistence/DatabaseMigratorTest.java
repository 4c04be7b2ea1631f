package fi.aso.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.config.DatabaseRoles;
import fi.aso.testing.EmbeddedDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

  @Test
  void migrationsBuildTheWholeSchemaOnAnEmptyPostgresql() throws SQLException {
    DataSource db = EmbeddedDatabase.freshDatabase("migrate_empty");

    MigrateResult result = DatabaseMigrator.migrateSchema(db, DatabaseRoles.APP);

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isPositive();
    assertThat(tables(db))
        .contains(
            "region",
            "organisation",
            "region_organisation",
            "staff_user",
            "staff_user_role",
            "audit_event");
  }

  @Test
  void migratingAnUpToDateDatabaseChangesNothing() {
    EmbeddedDatabase.migratedDatabase("migrate_twice");

    MigrateResult again =
        DatabaseMigrator.migrateSchema(EmbeddedDatabase.owner("migrate_twice"), DatabaseRoles.APP);

    assertThat(again.success).isTrue();
    assertThat(again.migrationsExecuted).isZero();
  }

  @Test
  void theDatabaseRefusesValuesTheApplicationDoesNotKnow() throws SQLException {
    DataSource db = EmbeddedDatabase.migratedDatabase("migrate_checks");
    try (var c = db.getConnection();
        var s = c.createStatement()) {
      s.execute("insert into region (code, name) values ('r', 'R')");
      s.execute(
          "insert into staff_user (username, display_name, region_id) values ('u1', 'U', (select id from region))");
      var wrongRole =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  s.execute(
                      "insert into staff_user_role values ((select id from staff_user), 'SUPERUSER')"));
      assertThat(wrongRole)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("check constraint");
    }
  }

  private static List<String> tables(DataSource db) throws SQLException {
    List<String> names = new ArrayList<>();
    try (var c = db.getConnection();
        var rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
