package fi.aso.domain.invitation;

/**
 * What a delivered message does in the invitee's calendar (iCalendar METHOD), a reminder, or a
 * minutes copy.
 */
public enum MessageKind {
  REQUEST,
  CANCEL,
  REMINDER,
  MINUTES,
  /**
   * The chair keeps the time an invitee proposed to change (iTIP DECLINECOUNTER, RFC 5546 3.2.8):
   * their calendar keeps the entry as it is, and the mail asks for their answer to that time.
   */
  DECLINECOUNTER
}
