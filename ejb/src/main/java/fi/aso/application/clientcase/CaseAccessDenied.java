package fi.aso.application.clientcase;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not see this case (or it does not exist: the two are not told apart). An
 * application exception, so that callers receive it as such and not wrapped by the container.
 */
@ApplicationException(rollback = true)
public class CaseAccessDenied extends RuntimeException {

  public CaseAccessDenied() {
    super("no access to this case");
  }
}
