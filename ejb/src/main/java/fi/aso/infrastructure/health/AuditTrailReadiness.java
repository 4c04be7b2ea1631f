package fi.aso.infrastructure.health;

import fi.aso.infrastructure.audit.AuditChainVerifier;
import fi.aso.infrastructure.audit.ChainReport;
import fi.aso.infrastructure.audit.RewriteRights;
import fi.aso.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports on /health/ready whether the audit trail's hash chain holds ({@code intact}, how far it
 * was checked, the first broken link) and whether the platform's own database role could rewrite
 * the trail ({@code platformRoleCanRewrite}: it should not; see {@link DatabaseMigrator}). The
 * administrators' and monitoring's view; the verify command gives the same answer from outside.
 *
 * <p>The node stays UP either way: a rewritten trail is an incident for people to look into, not a
 * reason to take the service from its users. Readiness is asked every few seconds, so the chain is
 * walked whole at most once every {@link #FULL_PASS_EVERY}; in between only the rows sealed since
 * the last check are verified, from the head verified then.
 */
@Readiness
@ApplicationScoped
public class AuditTrailReadiness implements HealthCheck {

  static final Duration FULL_PASS_EVERY = Duration.ofHours(1);

  @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  private ChainReport last;
  private Instant lastFullPass;

  @Override
  public synchronized HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-trail");
    try (Connection connection = dataSource.getConnection()) {
      ChainReport report = verify(connection);
      response
          .up()
          .withData("intact", report.intact())
          .withData("verifiedUpTo", report.headPosition())
          .withData("platformRoleCanRewrite", RewriteRights.of(connection));
      report.firstBroken().ifPresent(link -> response.withData("firstBrokenLink", link.toString()));
      return response.build();
    } catch (SQLException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }

  private ChainReport verify(Connection connection) throws SQLException {
    Instant now = clock.instant();
    if (last == null || lastFullPass.plus(FULL_PASS_EVERY).isBefore(now)) {
      lastFullPass = now;
      last = AuditChainVerifier.verify(connection);
    } else if (last.intact()) {
      ChainReport since =
          AuditChainVerifier.verifyFrom(connection, last.headPosition(), last.headHash());
      last =
          new ChainReport(
              last.checked() + since.checked(),
              since.headPosition(),
              since.headHash(),
              since.firstBroken());
    }
    return last;
  }
}
