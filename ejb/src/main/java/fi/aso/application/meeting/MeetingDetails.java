package fi.aso.application.meeting;

import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A meeting with its slots, for the region's chairs and case workers. */
public record MeetingDetails(
    long id,
    Instant start,
    Instant end,
    String place,
    String videoLink,
    MeetingStatus status,
    Long seriesId,
    long version,
    List<SlotView> slots) {

  static MeetingDetails of(Meeting m, Map<Long, DeliveryStatus> deliveries) {
    return new MeetingDetails(
        m.id(),
        m.startsAt(),
        m.endsAt(),
        m.place(),
        m.videoLink().orElse(null),
        m.status(),
        m.series().map(s -> s.id()).orElse(null),
        m.version(),
        m.slots().stream().map(s -> SlotView.of(s, deliveries)).toList());
  }
}
