package fi.aso.application.network;

/** The caller's role or region does not allow this administrative action. */
@jakarta.ejb.ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {

  public NotPermitted() {
    super("not permitted");
  }
}
