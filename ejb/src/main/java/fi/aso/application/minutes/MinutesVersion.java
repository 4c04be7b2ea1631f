package fi.aso.application.minutes;

import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesState;
import java.time.Instant;
import java.util.List;

/**
 * One version in a meeting's minutes history: who made, reviewed and approved it and when, and
 * what it changed from the version before (empty for the first).
 */
public record MinutesVersion(long id, int versionNo, MinutesState state, String createdBy, Instant createdAt, String reviewedBy,
    Instant reviewedAt, String approvedBy, Instant approvedAt, long version, List<MinutesChanges.Change> changes) {

  static MinutesVersion of(Minutes m, Minutes previous) {
    List<MinutesChanges.Change> changes = previous == null ? List.of()
        : MinutesChanges.between(MinutesContent.fromJson(previous.content()), MinutesContent.fromJson(m.content()));
    return new MinutesVersion(m.id(), m.versionNo(), m.state(), m.createdBy(), m.createdAt(), m.reviewedBy().orElse(null),
        m.reviewedAt().orElse(null), m.approvedBy().orElse(null), m.approvedAt().orElse(null), m.version(), changes);
  }
}
