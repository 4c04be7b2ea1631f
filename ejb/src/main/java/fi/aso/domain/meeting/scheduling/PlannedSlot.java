package fi.aso.domain.meeting.scheduling;

import java.time.Instant;

/** A slot the finder placed: {@code [start, end)} within the meeting window. */
public record PlannedSlot(String slotKey, Instant start, Instant end) {

  public PlannedSlot {
    Require.key(slotKey, "planned slot key");
    Require.present(start, "planned start of " + slotKey);
    Require.present(end, "planned end of " + slotKey);
  }
}
