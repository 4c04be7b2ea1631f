package fi.aso.domain.meeting;

import java.util.Set;

/**
 * Something about a meeting changed that its invitations must follow (time, place, a slot added,
 * moved or removed, an invitee added or removed, the meeting cancelled). The invitations issue
 * turns these into updates and cancellations; here they are only announced.
 */
public record MeetingChange(long meetingId, Set<Long> slotIds, Kind kind) {

  public enum Kind {
    RESCHEDULED,
    CANCELLED,
    SLOT_SCHEDULED,
    SLOT_MOVED,
    SLOT_REMOVED,
    INVITEES_CHANGED
  }

  public MeetingChange {
    slotIds = Set.copyOf(slotIds);
  }
}
