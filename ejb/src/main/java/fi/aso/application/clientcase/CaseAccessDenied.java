package fi.aso.application.clientcase;

/** The caller may not see this case (or it does not exist: the two are not told apart). */
public class CaseAccessDenied extends RuntimeException {

  public CaseAccessDenied() {
    super("no access to this case");
  }
}
