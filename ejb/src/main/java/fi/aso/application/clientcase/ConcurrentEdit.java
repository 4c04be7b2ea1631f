package fi.aso.application.clientcase;

/** Someone else changed the case since this editor loaded it; nothing was overwritten. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ConcurrentEdit extends RuntimeException {

  public ConcurrentEdit() {
    super("the case was changed by someone else in the meantime");
  }
}
