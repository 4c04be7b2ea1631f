package fi.aso.domain.invitation;

/**
 * What a delivered message does in the invitee's calendar (iCalendar METHOD), a reminder, or a
 * minutes copy.
 */
public enum MessageKind {
  REQUEST,
  CANCEL,
  REMINDER,
  MINUTES
}
