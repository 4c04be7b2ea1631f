package fi.aso.application.clientcase;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the case (or meeting) since this editor loaded it; nothing was overwritten.
 */
@ApplicationException(rollback = true)
public class ConcurrentEdit extends RuntimeException {

  public ConcurrentEdit() {
    super("someone else changed this in the meantime; nothing was overwritten");
  }
}
