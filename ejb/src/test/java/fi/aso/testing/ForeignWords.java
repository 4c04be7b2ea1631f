package fi.aso.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must not be read on a Finnish or Swedish page, mail or PDF: an enum constant ({@code
 * CASE_WORKER}) or an English word the code writes (a stored purpose, an actor, a removal reason, a
 * date in the English form). Words that are also Finnish or Swedish are left out for that language
 * ("via video", "Version 2").
 */
public final class ForeignWords {

  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

  /** English words the code writes into records, or that an English-only text would have. */
  private static final List<String> ENGLISH =
      List.of(
          "client",
          "clients",
          "consent",
          "withdrawn",
          "electronic",
          "chair",
          "referral",
          "meeting",
          "minutes",
          "action",
          "actions",
          "case",
          "via",
          "removed",
          "the",
          "and",
          "staff",
          "sign-in",
          "page",
          "recipient",
          "version",
          "approved",
          "draft",
          "open",
          "done",
          "present",
          "absent",
          "invitation",
          "attend",
          "Mon",
          "Tue",
          "Wed",
          "Thu",
          "Fri",
          "Sat",
          "Sun",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Oct",
          "Nov",
          "Dec",
          "AM",
          "PM",
          "at");

  /** Of {@link #ENGLISH}, the words that are words of the language too. */
  private static final List<String> SWEDISH_TOO = List.of("via", "version", "present");

  private ForeignWords() {}

  /** The constants and English words in a text in {@code language} (fi or sv); none is right. */
  public static List<String> in(String text, String language) {
    // a link's address is no text to read ("/minutes/copy.pdf")
    text = text.replaceAll("https?://\\S+", "");
    List<String> found = new ArrayList<>();
    Matcher constant = CONSTANT.matcher(text);
    while (constant.find()) {
      found.add(constant.group());
    }
    for (String word : ENGLISH) {
      if (language.equals("sv") && SWEDISH_TOO.contains(word)) {
        continue;
      }
      Pattern whole =
          Pattern.compile(
              "(?<![\\p{L}\\-])" + Pattern.quote(word) + "(?![\\p{L}\\-])",
              word.equals(word.toUpperCase(Locale.ROOT)) || Character.isUpperCase(word.charAt(0))
                  ? 0
                  : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      Matcher m = whole.matcher(text);
      if (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }
}
