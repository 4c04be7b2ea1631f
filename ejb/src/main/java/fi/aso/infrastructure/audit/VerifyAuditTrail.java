package fi.aso.infrastructure.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The verify command: recomputes the audit trail's whole hash chain and prints the first broken
 * link, or the head to keep (README, "Verifying the audit trail"). Connects with the platform's
 * database settings ({@code aso.db.*} as system properties or {@code ASO_DB_*} variables); any role
 * that may read {@code audit_event} will do.
 *
 * <p>Exit status: 0 intact, 1 broken, 2 could not verify.
 *
 * <p>{@code --expect-head POSITION:HASH} also checks a head printed by an earlier run: a tail cut
 * off or rewritten as a whole (which a chain alone cannot show) then shows too.
 */
public final class VerifyAuditTrail {

  private VerifyAuditTrail() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out));
  }

  static int run(String[] args, Map<String, String> environment, PrintStream out) {
    Optional<String[]> expectedHead = expectedHead(args);
    if (args.length > 0 && expectedHead.isEmpty()) {
      out.println("usage: VerifyAuditTrail [--expect-head POSITION:HASH]");
      return 2;
    }
    Settings settings = new Settings(environment, defaults());
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {settings.get("aso.db.host")});
    dataSource.setPortNumbers(new int[] {Integer.parseInt(settings.get("aso.db.port"))});
    dataSource.setDatabaseName(settings.get("aso.db.name"));
    dataSource.setUser(settings.get("aso.db.user"));
    dataSource.setPassword(settings.get("aso.db.password"));
    try (Connection connection = dataSource.getConnection()) {
      ChainReport report = AuditChainVerifier.verify(connection);
      if (report.intact() && expectedHead.isPresent()) {
        report = checkHead(connection, report, expectedHead.get());
      }
      print(report, out);
      return report.intact() ? 0 : 1;
    } catch (SQLException e) {
      out.println("Could not verify the audit trail: " + e.getMessage());
      return 2;
    }
  }

  private static ChainReport checkHead(Connection connection, ChainReport report, String[] head)
      throws SQLException {
    long position = Long.parseLong(head[0]);
    ChainReport fromHead = AuditChainVerifier.verifyFrom(connection, position, head[1]);
    return fromHead.intact() ? report : fromHead;
  }

  private static void print(ChainReport report, PrintStream out) {
    if (report.intact()) {
      out.printf(
          "Audit trail intact: %d rows checked.%nHead: %d:%s%n",
          report.checked(), report.headPosition(), report.headHash());
    } else {
      out.printf(
          "Audit trail BROKEN. First broken link: %s%nIntact up to position %d.%n",
          report.firstBroken().orElseThrow(), report.headPosition());
    }
  }

  private static Optional<String[]> expectedHead(String[] args) {
    if (args.length == 2 && args[0].equals("--expect-head")) {
      String[] head = args[1].split(":");
      if (head.length == 2 && head[0].matches("\\d+") && head[1].matches("[0-9a-f]{64}")) {
        return Optional.of(head);
      }
    }
    return Optional.empty();
  }

  // the platform's defaults, from the one file that holds them
  private static Properties defaults() {
    Properties defaults = new Properties();
    try (InputStream in =
        VerifyAuditTrail.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      if (in == null) {
        throw new IllegalStateException("the platform's defaults (aso-config) are not on the path");
      }
      defaults.load(in);
    } catch (IOException e) {
      throw new IllegalStateException("the platform's defaults cannot be read", e);
    }
    return defaults;
  }

  /** A setting as MicroProfile Config would find it: system property, variable, default. */
  private record Settings(Map<String, String> environment, Properties defaults) {
    String get(String name) {
      String property = System.getProperty(name);
      if (property != null) {
        return property;
      }
      String variable =
          environment.get(name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
      return variable != null ? variable : defaults.getProperty(name);
    }
  }
}
