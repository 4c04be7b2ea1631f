package fi.aso.application.search;

import fi.aso.domain.Refusal;

/**
 * A query parameter of a list that is not one the list takes (a limit out of range, a cursor it did
 * not give): refused with the parameter's name, so that the API's problem can say which.
 */
public class InvalidParameter extends Refusal {

  private final String parameter;

  public InvalidParameter(String code, String parameter, String message, Object... args) {
    super(code, message, args);
    this.parameter = parameter;
  }

  /** The name of the query parameter, as the address gives it. */
  public String parameter() {
    return parameter;
  }
}
