package fi.aso.domain.meeting.scheduling;

import java.time.Instant;

/**
 * A time when a participant cannot attend, from a calendar feed or entered by hand. The interval is
 * half-open, {@code [start, end)}: a slot may begin exactly when a busy time ends and may end
 * exactly when one begins. An empty interval ({@code start == end}) blocks nothing; it is allowed
 * because calendar feeds do contain zero-length events.
 */
public record Busy(String participantKey, Instant start, Instant end) {

  public Busy {
    Require.key(participantKey, "busy participant key");
    Require.present(start, "busy start of " + participantKey);
    Require.present(end, "busy end of " + participantKey);
    if (end.isBefore(start)) {
      throw Require.invalid(
          "busy time of "
              + participantKey
              + " ends ("
              + end
              + ") before it starts ("
              + start
              + ")");
    }
  }
}
