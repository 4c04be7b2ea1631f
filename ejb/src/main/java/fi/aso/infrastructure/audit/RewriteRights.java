package fi.aso.infrastructure.audit;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the role a connection runs as could rewrite the audit trail without going through the
 * chain: a superuser, the table's owner (or a member of its role: it can switch the triggers off)
 * or a role with UPDATE, DELETE or TRUNCATE on it. The platform's own role should be none of these.
 */
public final class RewriteRights {

  private RewriteRights() {}

  public static boolean of(Connection connection) throws SQLException {
    try (var s = connection.createStatement();
        var rs =
            s.executeQuery(
                "select r.rolsuper"
                    + " or pg_has_role(current_user, c.relowner, 'MEMBER')"
                    + " or has_table_privilege(c.oid, 'UPDATE')"
                    + " or has_table_privilege(c.oid, 'DELETE')"
                    + " or has_table_privilege(c.oid, 'TRUNCATE')"
                    + " from pg_class c, pg_roles r"
                    + " where c.oid = 'audit_event'::regclass and r.rolname = current_user")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }
}
