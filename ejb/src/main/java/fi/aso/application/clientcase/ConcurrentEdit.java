package fi.aso.application.clientcase;

/**
 * Someone else changed the case (or meeting) since this editor loaded it; nothing was overwritten.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ConcurrentEdit extends RuntimeException {

  public ConcurrentEdit() {
    super("someone else changed this in the meantime; nothing was overwritten");
  }
}
