package fi.aso.application.minutes;

import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesState;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One version in a meeting's minutes history: who made, reviewed and approved it (their display
 * names) and when, and what it changed from the version before (empty for the first).
 */
public record MinutesVersion(
    long id,
    int versionNo,
    MinutesState state,
    String createdBy,
    Instant createdAt,
    String reviewedBy,
    Instant reviewedAt,
    String approvedBy,
    Instant approvedAt,
    long version,
    List<MinutesChanges.Change> changes) {

  /** {@code names} turns a user name into the name people know them by. */
  static MinutesVersion of(Minutes m, Minutes previous, UnaryOperator<String> names) {
    List<MinutesChanges.Change> changes =
        previous == null
            ? List.of()
            : MinutesChanges.between(
                MinutesContent.fromJson(previous.content()), MinutesContent.fromJson(m.content()));
    return new MinutesVersion(
        m.id(),
        m.versionNo(),
        m.state(),
        names.apply(m.createdBy()),
        m.createdAt(),
        m.reviewedBy().map(names).orElse(null),
        m.reviewedAt().orElse(null),
        m.approvedBy().map(names).orElse(null),
        m.approvedAt().orElse(null),
        m.version(),
        changes);
  }
}
