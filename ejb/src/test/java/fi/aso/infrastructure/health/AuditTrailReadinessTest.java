package fi.aso.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.testing.EmbeddedDatabase;
import fi.aso.testing.HealthResponses;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit trail's readiness detail over a real chain, as the platform's role reads it. */
class AuditTrailReadinessTest {

  private static final String DB = "audit_readiness";

  @BeforeAll
  static void outsideTheContainer() {
    HealthResponses.install();
  }

  @Test
  void reportsTheChainIntactAsItGrowsThenTheFirstBrokenLinkAtTheNextFullPass() throws SQLException {
    EmbeddedDatabase.migratedDatabase(DB);
    AuditTrailReadiness readiness = new AuditTrailReadiness();
    readiness.dataSource = EmbeddedDatabase.platform(DB);
    Instant start = Instant.parse("2026-11-25T10:00:00Z");
    readiness.clock = Clock.fixed(start, ZoneOffset.UTC);
    insertRows(3);

    Map<String, Object> first = data(readiness.call());
    assertThat(first)
        .containsEntry("intact", true)
        .containsEntry("verifiedUpTo", 3L)
        .containsEntry("platformRoleCanRewrite", false);

    insertRows(2);
    assertThat(data(readiness.call()))
        .containsEntry("intact", true)
        .containsEntry("verifiedUpTo", 5L);

    // the owner changes row 2 behind the triggers: found at the next whole pass
    try (Connection c = EmbeddedDatabase.owner(DB).getConnection();
        var s = c.createStatement()) {
      s.execute("alter table audit_event disable trigger user");
      s.execute("update audit_event set actor = 'someone else' where chain_position = 2");
      s.execute("alter table audit_event enable trigger user");
    }
    readiness.clock =
        Clock.fixed(
            start.plus(AuditTrailReadiness.FULL_PASS_EVERY).plus(Duration.ofMinutes(1)),
            ZoneOffset.UTC);
    HealthCheckResponse broken = readiness.call();

    assertThat(broken.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(data(broken))
        .containsEntry("intact", false)
        .containsEntry("verifiedUpTo", 1L)
        .hasEntrySatisfying(
            "firstBrokenLink",
            link -> assertThat(link.toString()).startsWith("position 2 (audit event"));
  }

  private static Map<String, Object> data(HealthCheckResponse response) {
    assertThat(response.getName()).isEqualTo("audit-trail");
    return response.getData().orElseThrow();
  }

  private static void insertRows(int rows) throws SQLException {
    try (Connection c = EmbeddedDatabase.platform(DB).getConnection();
        var s = c.createStatement()) {
      for (int i = 0; i < rows; i++) {
        s.execute(
            "insert into audit_event (actor, action, object_type, purpose)"
                + " values ('tester', 'READ', 'ClientCase', 'readiness')");
      }
    }
  }
}
