package fi.aso.domain.meeting;

/**
 * A meeting is planned until it is cancelled (held meetings are the meeting-day issue's concern).
 */
public enum MeetingStatus {
  PLANNED,
  CANCELLED
}
