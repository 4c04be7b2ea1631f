package fi.aso.application.network;

import jakarta.ejb.ApplicationException;

/** The caller's role or region does not allow this administrative action. */
@ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {

  public NotPermitted() {
    super("not permitted");
  }
}
