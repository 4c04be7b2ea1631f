package fi.aso.application.servicemap;

import fi.aso.domain.Refusal;

/**
 * A row of an imported catalogue broke a rule: the whole file is refused, naming the line (the
 * file's own line number, the header being line 1) and, as {@link #reason()}, the rule.
 */
public class CsvRowRefused extends Refusal {

  private final transient Refusal reason;

  public CsvRowRefused(long line, Refusal reason) {
    super("services.csvLine", "line " + line + ": " + reason.getMessage(), line);
    this.reason = reason;
  }

  public long line() {
    return (Long) args()[0];
  }

  /** The rule the row broke. */
  public Refusal reason() {
    return reason;
  }
}
