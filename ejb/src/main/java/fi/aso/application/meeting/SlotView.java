package fi.aso.application.meeting;

import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.ClientSlot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A client slot as the chair's meeting page and API show it (client data: reads are audited);
 * {@code reviewRelease}/{@code reviewPrison}: flagged for the chair after the client's release date
 * or prison changed, with the new prison's video room proposed.
 */
public record SlotView(
    long id,
    long caseId,
    String caseReference,
    String clientName,
    Instant start,
    Instant end,
    ClientAttendance attendance,
    Long videoRoomId,
    String videoRoomName,
    String agenda,
    String afterReleaseReason,
    List<InviteeView> invitees,
    boolean reviewRelease,
    boolean reviewPrison,
    Long proposedVideoRoomId,
    String proposedVideoRoomName) {

  static SlotView of(ClientSlot s, Map<Long, DeliveryStatus> deliveries) {
    return new SlotView(
        s.id(),
        s.clientCase().id(),
        s.clientCase().reference(),
        s.clientCase().fullName(),
        s.startsAt(),
        s.endsAt(),
        s.clientAttendance(),
        s.videoRoom().map(r -> r.id()).orElse(null),
        s.videoRoom().map(r -> r.name()).orElse(null),
        s.agenda().orElse(null),
        s.afterReleaseReason().orElse(null),
        s.invitees().stream().map(i -> InviteeView.of(i, deliveries.get(i.id()))).toList(),
        s.reviewRelease(),
        s.reviewPrison(),
        s.proposedVideoRoom().map(r -> r.id()).orElse(null),
        s.proposedVideoRoom().map(r -> r.name()).orElse(null));
  }

  /** The slot waits for the chair's decision (its client's release date or prison changed). */
  public boolean awaitsReview() {
    return reviewRelease || reviewPrison;
  }
}
