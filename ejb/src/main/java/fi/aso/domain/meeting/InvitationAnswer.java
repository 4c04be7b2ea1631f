package fi.aso.domain.meeting;

/** An invitee's answer, as in iCalendar PARTSTAT (answers arrive with the invitations issue). */
public enum InvitationAnswer {
  NEEDS_ACTION,
  ACCEPTED,
  DECLINED,
  TENTATIVE
}
