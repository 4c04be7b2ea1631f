package fi.aso.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The platform's two database roles on a PostgreSQL it sets up itself (the launcher's embedded
 * database, the tests'): {@value #OWNER} owns the schema and runs the migrations; {@value #APP} is
 * what the platform connects as at run time, and may only insert and read the audit trail (the
 * grants are in the migrations' {@code afterMigrate.sql}). Neither is a superuser. In production a
 * database administrator makes the same two roles (README, Configuration).
 *
 * <p>Everything here runs once, as a superuser, before the platform starts.
 */
public final class DatabaseRoles {

  /** Owns the schema, runs Flyway; its password is not needed once the schema is up to date. */
  public static final String OWNER = "aso_owner";

  /** The platform's own role at run time. */
  public static final String APP = "aso_app";

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private DatabaseRoles() {}

  /**
   * Both roles exist, may log in with these passwords, and have no other power (no superuser, no
   * creating roles or databases). Repeatable: an existing role only gets its password set again.
   */
  public static void ensureRoles(Connection superuser, String ownerPassword, String appPassword)
      throws SQLException {
    try (Statement s = superuser.createStatement()) {
      ensureRole(s, OWNER, ownerPassword);
      ensureRole(s, APP, appPassword);
    }
  }

  /**
   * A database of that name owned by {@link #OWNER}, if there is none yet. Run on a connection to
   * another database (e.g. {@code postgres}).
   */
  public static void ensureDatabase(Connection superuser, String database) throws SQLException {
    requireName(database);
    try (Statement s = superuser.createStatement()) {
      var exists = s.executeQuery("select 1 from pg_database where datname = " + literal(database));
      if (!exists.next()) {
        s.execute("create database " + database + " owner " + OWNER);
      }
    }
  }

  /**
   * Hands the {@code public} schema to {@link #OWNER} and takes from everyone else the right to
   * create objects in it (PostgreSQL before 15 gives it to all roles): the runtime role then cannot
   * add a function or table of its own beside the platform's. Run on a connection to the platform's
   * database.
   */
  public static void ownPublicSchema(Connection superuser) throws SQLException {
    try (Statement s = superuser.createStatement()) {
      s.execute("alter schema public owner to " + OWNER);
      s.execute("revoke create on schema public from public");
    }
  }

  private static void ensureRole(Statement s, String role, String password) throws SQLException {
    var exists = s.executeQuery("select 1 from pg_roles where rolname = " + literal(role));
    if (!exists.next()) {
      s.execute("create role " + role);
    }
    s.execute(
        "alter role "
            + role
            + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
            + " password "
            + literal(password));
  }

  private static void requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
  }

  /** A SQL string literal (quotes doubled): these statements take no bind parameters. */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
