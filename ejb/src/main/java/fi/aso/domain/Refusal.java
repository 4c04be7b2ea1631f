package fi.aso.domain;

/**
 * A rule of the platform refused the input: nothing was changed. Refusals are their own type, not
 * an {@code IllegalArgumentException}, so that a library's complaint is never mistaken for one (it
 * is a fault, answered as such without its message). The code names the rule so that pages can say
 * it in the user's language ({@code refusal.<code>} in the page bundle fi.aso.i18n.messages, with
 * the arguments as {0}, {1}, ...); the message is the same in English for logs and the API.
 */
public class Refusal extends RuntimeException {

  private final String code;
  private final transient Object[] args;

  public Refusal(String code, String message, Object... args) {
    super(message);
    this.code = code;
    this.args = args.clone();
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args == null ? new Object[0] : args.clone();
  }
}
