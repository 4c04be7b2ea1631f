package fi.aso.domain;

/**
 * Text someone typed is at most as long as the column that keeps it. A longer name, place or phone
 * number used to reach the database and fail the whole transaction there (a 500, found by the fuzz
 * test); it is refused with the rule's code ({@code text.tooLong}, the limit as its argument)
 * before anything changes. Characters are not checked here: markup is escaped where text is shown,
 * line breaks are taken out where a text must be one line (calendar entries, mail headers), and NUL
 * is dropped on the way into the database ({@code StorableText}).
 */
public final class Texts {

  private Texts() {}

  /** {@code text} (null stays null: whether a value is required is the caller's rule). */
  public static String atMost(String text, int max, String what) {
    if (text != null && text.length() > max) {
      throw new Refusal("text.tooLong", what + " is at most " + max + " characters", max);
    }
    return text;
  }
}
