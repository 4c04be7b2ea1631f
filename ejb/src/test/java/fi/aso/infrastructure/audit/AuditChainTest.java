package fi.aso.infrastructure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.TestServices;
import fi.aso.testing.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The audit trail no one can rewrite, on a real PostgreSQL with the platform's two roles: the
 * platform's role cannot change a row or switch the triggers off, and what the owner changes behind
 * the triggers' back is found by the verifier as the first broken link. Each test ends with the
 * chain intact or leaves its own database.
 */
class AuditChainTest {

  private static EntityManagerFactory emf;

  @BeforeAll
  static void database() {
    emf = EmbeddedDatabase.entityManagerFactory("audit_chain");
  }

  @AfterAll
  static void close() {
    emf.close();
  }

  @Test
  void thePlatformsRoleCanNeitherChangeARowNorSwitchTheTriggersOff() throws SQLException {
    record("admin", "one row to try on");

    try (Connection c = EmbeddedDatabase.platform("audit_chain").getConnection();
        var s = c.createStatement()) {
      assertThat(catchThrowable(() -> s.executeUpdate("update audit_event set actor = 'x'")))
          .hasMessageContaining("permission denied");
      assertThat(catchThrowable(() -> s.executeUpdate("delete from audit_event")))
          .hasMessageContaining("permission denied");
      assertThat(catchThrowable(() -> s.executeUpdate("truncate audit_event")))
          .hasMessageContaining("permission denied");
      assertThat(catchThrowable(() -> s.execute("alter table audit_event disable trigger user")))
          .hasMessageContaining("must be owner");
      assertThat(
              catchThrowable(
                  () ->
                      s.execute(
                          "alter table audit_event disable trigger"
                              + " audit_event_no_update_or_delete")))
          .hasMessageContaining("must be owner");
      assertThat(catchThrowable(() -> s.execute("drop trigger audit_event_sealed on audit_event")))
          .hasMessageContaining("must be owner");
      // nor slip in a row carrying a seal of its own making
      assertThat(
              catchThrowable(
                  () ->
                      s.executeUpdate(
                          "insert into audit_event (actor, action, object_type, purpose,"
                              + " chain_position, chain_hash) values ('x', 'READ', 'T', 'p',"
                              + " 999, repeat('a', 64))")))
          .hasMessageContaining("written by the seal");
      assertThat(RewriteRights.of(c)).isFalse();
    }
    try (Connection owner = EmbeddedDatabase.owner("audit_chain").getConnection()) {
      assertThat(RewriteRights.of(owner)).isTrue();
    }
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void rowsCommittedByParallelTransactionsFormOneChainAndRolledBackOnesLeaveNoGap()
      throws Exception {
    long before = verify().checked();
    int threads = 6;
    int transactionsEach = 15;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> committed = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      committed.add(
          pool.submit(
              () -> {
                start.await();
                int rows = 0;
                for (int i = 0; i < transactionsEach; i++) {
                  int inThisOne = 1 + (i % 3);
                  boolean rollBack = i % 5 == 4;
                  try {
                    Transactions.inTransaction(
                        emf,
                        em -> {
                          var trail =
                              TestServices.of(em, CallerIdentity.of("user" + thread), clock())
                                  .audit();
                          for (int r = 0; r < inThisOne; r++) {
                            trail.record(
                                AuditRecord.success(
                                    AuditAction.READ, "ClientCase", thread + "/" + r, "parallel"));
                          }
                          if (rollBack) {
                            throw new RolledBackOnPurpose();
                          }
                          return null;
                        });
                    rows += inThisOne;
                  } catch (RolledBackOnPurpose expected) {
                    // its rows never existed
                  }
                }
                return rows;
              }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> f : committed) {
      total += f.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    ChainReport report = verify();
    assertThat(report.firstBroken()).isEmpty();
    assertThat(report.checked()).isEqualTo(before + total);
    assertThat(report.headPosition()).isEqualTo(before + total);
  }

  @Test
  @Timeout(60)
  void aTransactionThatAuditsDoesNotHoldUpAnotherThatCommitsMeanwhile() throws Exception {
    // as a refusal written in a transaction of its own (REQUIRES_NEW) while the caller's
    // transaction, which audited already, is still open: the inner one must not wait for the outer
    try (Connection outer = EmbeddedDatabase.platform("audit_chain").getConnection();
        Connection inner = EmbeddedDatabase.platform("audit_chain").getConnection()) {
      outer.setAutoCommit(false);
      insert(outer, "outer read");
      inner.setAutoCommit(false);
      insert(inner, "inner refusal");
      inner.commit();
      insert(outer, "outer second read");
      outer.commit();
    }
    assertThat(verify().firstBroken()).isEmpty();
  }

  @Test
  void aRowTheOwnerChangedBehindTheTriggersIsTheFirstBrokenLink() throws SQLException {
    String db = "audit_chain_changed";
    EmbeddedDatabase.migratedDatabase(db);
    List<Long> ids = new ArrayList<>();
    try (Connection c = EmbeddedDatabase.platform(db).getConnection()) {
      for (int i = 0; i < 5; i++) {
        ids.add(insert(c, "row " + i));
      }
    }
    long changed = ids.get(2);
    asOwnerWithTriggersOff(
        db, "update audit_event set purpose = 'nothing to see here' where id = " + changed);

    ChainReport report = verify(db);
    assertThat(report.firstBroken())
        .get()
        .satisfies(
            link -> {
              assertThat(link.position()).isEqualTo(3);
              assertThat(link.eventId()).isEqualTo(changed);
              assertThat(link.problem()).contains("changed");
            });
    assertThat(report.headPosition()).isEqualTo(2);

    // and so says the command an operator runs
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = VerifyAuditTrail.run(new String[0], settingsOf(db), new PrintStream(out, true));
    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("BROKEN")
        .contains("position 3 (audit event " + changed + ")");
  }

  @Test
  void aRemovedRowAndARowWrittenWithoutItsSealAreBrokenLinksToo() throws SQLException {
    String db = "audit_chain_removed";
    EmbeddedDatabase.migratedDatabase(db);
    List<Long> ids = new ArrayList<>();
    try (Connection c = EmbeddedDatabase.platform(db).getConnection()) {
      for (int i = 0; i < 4; i++) {
        ids.add(insert(c, "row " + i));
      }
    }
    asOwnerWithTriggersOff(db, "delete from audit_event where id = " + ids.get(1));
    assertThat(verify(db).firstBroken())
        .get()
        .satisfies(
            link -> {
              assertThat(link.position()).isEqualTo(2);
              assertThat(link.problem()).contains("missing");
            });

    String other = "audit_chain_unsealed";
    EmbeddedDatabase.migratedDatabase(other);
    try (Connection c = EmbeddedDatabase.platform(other).getConnection()) {
      insert(c, "sealed");
    }
    asOwnerWithTriggersOff(
        other,
        "insert into audit_event (actor, action, object_type, purpose)"
            + " values ('ghost', 'READ', 'ClientCase', 'never sealed')");
    assertThat(verify(other).firstBroken())
        .get()
        .satisfies(link -> assertThat(link.problem()).contains("no seal"));
  }

  @Test
  void aHeadKeptFromAnEarlierRunShowsATailRewrittenAsAWhole() throws SQLException {
    String db = "audit_chain_head";
    EmbeddedDatabase.migratedDatabase(db);
    try (Connection c = EmbeddedDatabase.platform(db).getConnection()) {
      insert(c, "first");
      insert(c, "second");
    }
    ChainReport earlier = verify(db);
    String head = earlier.headPosition() + ":" + earlier.headHash();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true);
    assertThat(VerifyAuditTrail.run(new String[] {"--expect-head", head}, settingsOf(db), quiet))
        .isZero();

    // the owner removes the last row: the rest still chains, but not to the head kept earlier
    asOwnerWithTriggersOff(db, "delete from audit_event where chain_position = 2");
    assertThat(verify(db).intact()).isTrue();
    assertThat(VerifyAuditTrail.run(new String[] {"--expect-head", head}, settingsOf(db), quiet))
        .isEqualTo(1);
  }

  @Test
  void rowsWrittenBeforeTheChainExistedAreSealedByTheMigrationOldestFirst() throws SQLException {
    String db = "audit_chain_upgrade";
    DataSource owner = EmbeddedDatabase.freshDatabase(db);
    org.flywaydb.core.Flyway.configure()
        .dataSource(owner)
        .locations("classpath:db/migration")
        .target("17")
        .placeholders(Map.of("app_role", "aso_app"))
        .load()
        .migrate();
    try (Connection c = owner.getConnection();
        var s = c.createStatement()) {
      for (int i = 0; i < 3; i++) {
        s.execute(
            "insert into audit_event (actor, action, object_type, purpose) values ('old', 'READ',"
                + " 'ClientCase', 'before the chain "
                + i
                + "')");
      }
    }
    fi.aso.infrastructure.persistence.DatabaseMigrator.migrateSchema(owner, "aso_app");

    ChainReport report = verify(db);
    assertThat(report.firstBroken()).isEmpty();
    assertThat(report.checked()).isEqualTo(3);
  }

  // ---- helpers

  private static void record(String actor, String purpose) {
    Transactions.inTransaction(
        emf,
        em ->
            TestServices.of(em, actor, clock().instant())
                .audit()
                .record(AuditRecord.success(AuditAction.READ, "ClientCase", "1", purpose)));
  }

  private static long insert(Connection c, String purpose) throws SQLException {
    try (var s =
        c.prepareStatement(
            "insert into audit_event (actor, action, object_type, purpose, source_address)"
                + " values ('tester', 'READ', 'ClientCase', ?, '192.0.2.7') returning id")) {
      s.setString(1, purpose);
      var rs = s.executeQuery();
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void asOwnerWithTriggersOff(String db, String sql) throws SQLException {
    try (Connection c = EmbeddedDatabase.owner(db).getConnection();
        var s = c.createStatement()) {
      s.execute("alter table audit_event disable trigger user");
      s.execute(sql);
      s.execute("alter table audit_event enable trigger user");
    }
  }

  private static ChainReport verify() throws SQLException {
    return verify("audit_chain");
  }

  private static ChainReport verify(String db) throws SQLException {
    try (Connection c = EmbeddedDatabase.platform(db).getConnection()) {
      return AuditChainVerifier.verify(c);
    }
  }

  private static Map<String, String> settingsOf(String db) {
    return Map.of(
        "ASO_DB_HOST", "127.0.0.1",
        "ASO_DB_PORT", String.valueOf(EmbeddedDatabase.server().getPort()),
        "ASO_DB_NAME", db,
        "ASO_DB_USER", "aso_app",
        "ASO_DB_PASSWORD", "aso_app");
  }

  private static Clock clock() {
    return Clock.systemUTC();
  }

  private static final class RolledBackOnPurpose extends RuntimeException {}
}
