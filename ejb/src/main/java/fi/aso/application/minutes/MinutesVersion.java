package fi.aso.application.minutes;

import fi.aso.domain.minutes.Minutes;
import fi.aso.domain.minutes.MinutesState;
import java.time.Instant;

/** One version in a meeting's minutes history. */
public record MinutesVersion(long id, int versionNo, MinutesState state, String approvedBy, Instant approvedAt, long version) {

  static MinutesVersion of(Minutes m) {
    return new MinutesVersion(m.id(), m.versionNo(), m.state(), m.approvedBy().orElse(null), m.approvedAt().orElse(null), m.version());
  }
}
