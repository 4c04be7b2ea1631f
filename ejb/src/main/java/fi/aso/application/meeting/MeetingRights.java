package fi.aso.application.meeting;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.staff.Caller;
import fi.aso.domain.meeting.ClientSlot;
import fi.aso.domain.meeting.Meeting;
import fi.aso.domain.meeting.MeetingRepository;
import fi.aso.domain.region.Region;
import fi.aso.domain.region.RegionRepository;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see and plan a region's meetings, in one place: the region's chairs plan them; its case
 * workers see them (their clients are on them). Anyone else is told the meeting does not exist
 * ({@link CaseAccessDenied}), as for cases.
 */
@ApplicationScoped
public class MeetingRights {

  @Inject Caller caller;
  @Inject RegionRepository regions;

  @Inject MeetingRepository meetings;

  public MeetingRights() {}

  /** For tests outside the container. */
  public MeetingRights(Caller caller, RegionRepository regions, MeetingRepository meetings) {
    this.caller = caller;
    this.regions = regions;
    this.meetings = meetings;
  }

  /** The caller, if a chair or case worker with a region. */
  public StaffMember regionStaff() {
    StaffMember user = caller.withAny(CaseAccessDenied::new, Role.CHAIR, Role.CASE_WORKER);
    if (user.region().isEmpty()) {
      throw new CaseAccessDenied();
    }
    return user;
  }

  /** The caller, if a chair with a region. */
  public StaffMember chair() {
    StaffMember user = regionStaff();
    if (!user.has(Role.CHAIR)) {
      throw new CaseAccessDenied();
    }
    return user;
  }

  /** The region the (regional) staff member works in, for what they create there. */
  public Region region(StaffMember user) {
    return user.region().flatMap(regions::find).orElseThrow(CaseAccessDenied::new);
  }

  /** A meeting of the caller's region, for reading. */
  public Meeting toSee(long meetingId) {
    return ofRegion(meetingId, regionStaff());
  }

  /**
   * A meeting of the chair's region, for changing, if nobody changed it since the version the
   * caller saw; the change then bumps the version even if only a slot changes.
   */
  public Meeting toChange(long meetingId, long expectedVersion) {
    return lockedAt(ofRegion(meetingId, chair()), expectedVersion);
  }

  /**
   * Slot {@code slotId} of meeting {@code meetingId} of the caller's region, for reading. A slot of
   * another meeting is not found, exactly as one that does not exist.
   */
  public ClientSlot slotToSee(long meetingId, long slotId) {
    return slotOf(toSee(meetingId), slotId);
  }

  /**
   * Slot {@code slotId} of meeting {@code meetingId} of the chair's region, for changing (the
   * meeting's version guards it). The slot is looked up in the meeting before the version is
   * compared, so a slot of another meeting is "not found" whatever version was sent.
   */
  public ClientSlot slotToChange(long meetingId, long slotId, long expectedMeetingVersion) {
    Meeting meeting = ofRegion(meetingId, chair());
    if (meeting.slots().stream().noneMatch(s -> s.id() != null && s.id() == slotId)
        && meeting.version() != expectedMeetingVersion) {
      // the slot left this meeting since the caller read it (removed, or moved by someone else):
      // a conflict to read again, not "not found" (the version is of the caller's own meeting, so
      // this says nothing about other meetings)
      throw new ConcurrentEdit();
    }
    ClientSlot slot = slotOf(meeting, slotId);
    lockedAt(meeting, expectedMeetingVersion);
    return slot;
  }

  private static ClientSlot slotOf(Meeting meeting, long slotId) {
    return meeting.slots().stream()
        .filter(s -> s.id() != null && s.id() == slotId)
        .findFirst()
        .orElseThrow(CaseAccessDenied::new);
  }

  private Meeting lockedAt(Meeting meeting, long expectedVersion) {
    if (meeting.version() != expectedVersion) {
      throw new ConcurrentEdit();
    }
    meetings.lockForChange(meeting);
    return meeting;
  }

  private Meeting ofRegion(long meetingId, StaffMember user) {
    Meeting meeting = meetings.find(meetingId).orElse(null);
    if (meeting == null || !user.worksIn(meeting.region().id())) {
      throw new CaseAccessDenied();
    }
    return meeting;
  }
}
