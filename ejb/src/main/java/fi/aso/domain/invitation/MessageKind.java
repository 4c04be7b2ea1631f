package fi.aso.domain.invitation;

/** What a delivered message does in the invitee's calendar (iCalendar METHOD), or a reminder. */
public enum MessageKind {
  REQUEST,
  CANCEL,
  REMINDER
}
