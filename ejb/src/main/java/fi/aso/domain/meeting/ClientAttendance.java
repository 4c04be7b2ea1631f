package fi.aso.domain.meeting;

/** How the client takes part in their own slot (seed 004: in person or by video from prison). */
public enum ClientAttendance {
  IN_PERSON,
  VIDEO_FROM_PRISON,
  NOT_ATTENDING
}
