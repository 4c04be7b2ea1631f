package fi.aso.application.minutes;

import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesState;
import fi.aso.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One version in a meeting's minutes history: who made, last prepared, reviewed and approved it
 * (their display names) and when, what it waits for ({@code next}) and whether the reader may take
 * that step ({@code mayReview}, {@code mayApprove}), and what it changed from the version before
 * (empty for the first).
 */
public record MinutesVersion(
    long id,
    int versionNo,
    MinutesState state,
    String createdBy,
    Instant createdAt,
    String preparedBy,
    Instant preparedAt,
    String reviewedBy,
    Instant reviewedAt,
    String approvedBy,
    Instant approvedAt,
    MinutesNextStep next,
    boolean mayReview,
    boolean mayApprove,
    long version,
    List<MinutesChanges.Change> changes) {

  /**
   * {@code names} turns a user name into the name people know them by; {@code reader} is who reads
   * it (the steps they may take).
   */
  static MinutesVersion of(
      Minutes m, Minutes previous, UnaryOperator<String> names, StaffMember reader) {
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
        names.apply(m.preparedBy()),
        m.preparedAt(),
        m.reviewedBy().map(names).orElse(null),
        m.reviewedAt().orElse(null),
        m.approvedBy().map(names).orElse(null),
        m.approvedAt().orElse(null),
        MinutesSteps.next(m),
        MinutesSteps.mayReview(m, reader),
        MinutesSteps.mayApprove(m, reader),
        m.version(),
        changes);
  }
}
