package fi.aso.application.meeting;

import fi.aso.application.audit.AuditTrail;
import fi.aso.domain.audit.AuditAction;
import fi.aso.domain.audit.AuditRecord;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A client's coming slots follow their release date and prison. When either changes, each coming
 * slot of a planned meeting is checked again: one now after the release needs a reason again, and a
 * video room of a prison the client has left is released, with the new prison's room proposed when
 * it has one that is free then. Such a slot is flagged for the chair (home page, and a mail naming
 * the case reference only); nothing is moved and no invitation is sent again until the chair
 * decides ({@link MeetingPlanner#confirmReview}), because a moved release is often moved again, and
 * the partners should hear one decision, not every step.
 */
@ApplicationScoped
public class SlotsFollowClient {

  static final String RELEASE_NOTICE = "slotReview.release";
  static final String PRISON_NOTICE = "slotReview.prison";

  @Inject MeetingRepository meetings;
  @Inject VideoRoomBookings rooms;
  @Inject ChairNotices notices;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public SlotsFollowClient() {}

  /** For tests outside the container. */
  public SlotsFollowClient(
      MeetingRepository meetings,
      VideoRoomBookings rooms,
      ChairNotices notices,
      AuditTrail audit,
      Clock clock) {
    this.meetings = meetings;
    this.rooms = rooms;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The case's release date moved ({@code releaseMoved}) and/or the client is now in another
   * institution ({@code prisonChanged}); returns how many coming slots were flagged.
   */
  public int caseChanged(ClientCase clientCase, boolean releaseMoved, boolean prisonChanged) {
    if (!releaseMoved && !prisonChanged) {
      return 0;
    }
    Instant now = clock.instant();
    int flagged = 0;
    for (ClientSlot slot : meetings.slotsOfCase(clientCase.id())) {
      if (slot.meeting().isCancelled() || !slot.startsAt().isAfter(now)) {
        continue;
      }
      Organisation institution = prisonChanged ? clientCase.institution() : null;
      Organisation proposed = institution == null ? null : freeRoom(institution, slot).orElse(null);
      if (!slot.reviewAfterClientChange(releaseMoved, institution, proposed, now)) {
        continue;
      }
      flagged++;
      audit.record(
          AuditRecord.success(
                  AuditAction.UPDATE,
                  "ClientSlot",
                  String.valueOf(slot.id()),
                  "slot flagged for the chair: "
                      + (slot.reviewRelease() ? "release date " : "")
                      + (slot.reviewPrison() ? "prison (video room released)" : ""))
              .aboutClientCase(clientCase.id()));
      String stamp = ":" + slot.id() + ":" + now.toEpochMilli();
      if (slot.reviewRelease()) {
        notices.tell(slot, RELEASE_NOTICE, "slot-review:release" + stamp, now);
      }
      if (slot.reviewPrison()) {
        notices.tell(slot, PRISON_NOTICE, "slot-review:prison" + stamp, now);
      }
    }
    return flagged;
  }

  /** The new prison's video room, if it has one and it is free for the whole slot. */
  private Optional<Organisation> freeRoom(Organisation prison, ClientSlot slot) {
    if (!prison.hasVideoRoom()) {
      return Optional.empty();
    }
    return rooms
        .firstFree(
            prison, slot.meeting().region().id(), slot.startsAt(), slot.endsAt(), slot.length())
        .filter(slot.startsAt()::equals)
        .map(start -> prison);
  }
}
