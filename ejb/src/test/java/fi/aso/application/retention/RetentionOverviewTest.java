package fi.aso.application.retention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.RetentionKind;
import fi.aso.domain.retention.RetentionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionOverviewTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static Expired expired(RetentionKind kind, Long caseId, long objectId) {
    return new Expired(kind, 1L, "t", objectId, caseId, DAY);
  }

  @Test
  void theDryRunCountsEveryKindAndNamesEachCaseOnceByItsReference() {
    List<RetentionOverview.Due> due =
        RetentionOverview.due(
            List.of(
                expired(RetentionKind.CONSENT_SCAN, 7L, 70),
                expired(RetentionKind.CONSENT_SCAN, 7L, 71),
                expired(RetentionKind.KEPT_MAIL, null, 80),
                expired(RetentionKind.CLOSED_CASE, 9L, 9),
                expired(RetentionKind.CLOSED_CASE, 7L, 7)),
            Map.of(7L, "ASO-2024-7", 9L, "ASO-2024-9"));

    assertThat(due)
        .containsExactly(
            new RetentionOverview.Due(
                RetentionKind.CLOSED_CASE, 2, List.of("ASO-2024-7", "ASO-2024-9")),
            new RetentionOverview.Due(RetentionKind.REFUSED_REFERRAL, 0, List.of()),
            new RetentionOverview.Due(RetentionKind.CONSENT_SCAN, 2, List.of("ASO-2024-7")),
            new RetentionOverview.Due(RetentionKind.KEPT_MAIL, 1, List.of()),
            new RetentionOverview.Due(RetentionKind.AUDIT_DETAILS, 0, List.of()));
  }

  @Test
  void theLogIsOneLinePerRunAndKindNewestFirstWithItsLastRemoval() {
    Instant t = Instant.parse("2026-12-02T01:00:00Z");
    List<RetentionRecord> log =
        List.of(
            new RetentionRecord(2, expired(RetentionKind.CLOSED_CASE, 9L, 9), t.plusSeconds(60)),
            new RetentionRecord(2, expired(RetentionKind.CONSENT_SCAN, 9L, 90), t.plusSeconds(2)),
            new RetentionRecord(2, expired(RetentionKind.CONSENT_SCAN, 9L, 91), t.plusSeconds(1)),
            new RetentionRecord(
                1, expired(RetentionKind.KEPT_MAIL, null, 5), t.minusSeconds(86400)));

    assertThat(RetentionOverview.runs(log))
        .containsExactly(
            new RetentionOverview.Run(2, t.plusSeconds(60), RetentionKind.CLOSED_CASE, 1),
            new RetentionOverview.Run(2, t.plusSeconds(2), RetentionKind.CONSENT_SCAN, 2),
            new RetentionOverview.Run(1, t.minusSeconds(86400), RetentionKind.KEPT_MAIL, 1));
  }
}
