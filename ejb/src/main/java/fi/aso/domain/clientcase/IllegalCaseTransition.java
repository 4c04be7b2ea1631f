package fi.aso.domain.clientcase;

/** A case was asked to move to a state its current state does not lead to. */
public class IllegalCaseTransition extends RuntimeException {

  private final CaseState from;
  private final CaseState to;

  public IllegalCaseTransition(CaseState from, CaseState to) {
    super("a case cannot move from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public CaseState from() {
    return from;
  }

  public CaseState to() {
    return to;
  }
}
