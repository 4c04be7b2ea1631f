package fi.aso.domain.meeting;

/** Who an invitee of a slot is: a partner's contact person, the case worker, or the client. */
public enum InviteeKind {
  PARTNER,
  CASE_WORKER,
  CLIENT
}
