package fi.aso.application.meeting;

import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingStatus;
import java.time.Instant;

/**
 * Where a meeting stands as a list shows it: still ahead (or going on), held (a planned meeting
 * that has ended), or cancelled. The domain knows only planned and cancelled; held follows from the
 * time.
 */
public enum MeetingState {
  UPCOMING,
  HELD,
  CANCELLED;

  public static MeetingState of(MeetingStatus status, Instant end, Instant now) {
    if (status == MeetingStatus.CANCELLED) {
      return CANCELLED;
    }
    return end.isAfter(now) ? UPCOMING : HELD;
  }

  static MeetingState of(Meeting m, Instant now) {
    return of(m.status(), m.endsAt(), now);
  }
}
