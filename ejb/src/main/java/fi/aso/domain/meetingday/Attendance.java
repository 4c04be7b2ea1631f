package fi.aso.domain.meetingday;

/** How an invitee took part in the slot; an absent agency may leave a written statement. */
public enum Attendance {
  PRESENT,
  VIDEO,
  ABSENT,
  EXCUSED
}
