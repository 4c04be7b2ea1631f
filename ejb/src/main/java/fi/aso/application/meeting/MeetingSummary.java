package fi.aso.application.meeting;

import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingStatus;
import java.time.Instant;

/** A meeting on the calendar: when, where, how many clients. No client names: safe to list. */
public record MeetingSummary(
    long id,
    Instant start,
    Instant end,
    String place,
    MeetingStatus status,
    int slotCount,
    Long seriesId,
    long version) {

  public static MeetingSummary of(Meeting m) {
    return new MeetingSummary(
        m.id(),
        m.startsAt(),
        m.endsAt(),
        m.place(),
        m.status(),
        m.slots().size(),
        m.series().map(s -> s.id()).orElse(null),
        m.version());
  }
}
