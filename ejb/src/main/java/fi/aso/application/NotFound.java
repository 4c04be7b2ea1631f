package fi.aso.application;

import jakarta.ejb.ApplicationException;

/**
 * There is no such object where the caller looked for it: a contact person of another organisation,
 * a consent version the case does not have, an invitee of another slot. A child named under a
 * parent it does not belong to is missing, exactly as one that does not exist, so the answer
 * reveals nothing about the other parent. (Cases, and the meetings and slots that carry client
 * data, answer {@link fi.aso.application.clientcase.CaseAccessDenied} instead, as before.)
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

  public NotFound() {
    super("not found");
  }
}
