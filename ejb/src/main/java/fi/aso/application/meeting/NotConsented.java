package fi.aso.application.meeting;

import jakarta.ejb.ApplicationException;

/**
 * The client's consent does not name the organisation (or no longer does): its people cannot be
 * invited to the client's slot. Nothing changed.
 */
@ApplicationException(rollback = true)
public class NotConsented extends RuntimeException {

  public NotConsented() {
    super("the client's consent does not name this organisation: it cannot be invited");
  }
}
