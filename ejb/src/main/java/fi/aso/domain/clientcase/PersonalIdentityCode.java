package fi.aso.domain.clientcase;

import fi.aso.domain.Refusal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Finnish personal identity code (henkilötunnus), checked for form, date and check character. It
 * exists only in memory: what is stored is a keyed hash and an encrypted copy (DataProtection), and
 * {@link #toString()} never prints it.
 */
public final class PersonalIdentityCode {

  private static final Pattern FORM =
      Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])(\\d{3})([0-9A-Y])");
  private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  private static final Map<Character, Integer> CENTURY =
      Map.ofEntries(
          Map.entry('+', 1800),
          Map.entry('-', 1900),
          Map.entry('U', 1900),
          Map.entry('V', 1900),
          Map.entry('W', 1900),
          Map.entry('X', 1900),
          Map.entry('Y', 1900),
          Map.entry('A', 2000),
          Map.entry('B', 2000),
          Map.entry('C', 2000),
          Map.entry('D', 2000),
          Map.entry('E', 2000),
          Map.entry('F', 2000));

  private final String value;
  private final LocalDate dateOfBirth;

  private PersonalIdentityCode(String value, LocalDate dateOfBirth) {
    this.value = value;
    this.dateOfBirth = dateOfBirth;
  }

  /** Parses and checks a code; the message of a refusal never repeats the input. */
  public static PersonalIdentityCode parse(String input) {
    String candidate = Objects.requireNonNull(input, "input").strip().toUpperCase();
    Matcher m = FORM.matcher(candidate);
    if (!m.matches()) {
      throw new Refusal("pic.form", "not a personal identity code (form ddmmyyCnnnT)");
    }
    LocalDate born;
    try {
      born =
          LocalDate.of(
              CENTURY.get(m.group(4).charAt(0)) + Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      throw new Refusal("pic.date", "the personal identity code has no valid date");
    }
    int number = Integer.parseInt(m.group(1) + m.group(2) + m.group(3) + m.group(5));
    if (CHECK_CHARACTERS.charAt(number % 31) != m.group(6).charAt(0)) {
      throw new Refusal("pic.check", "the personal identity code's check character is wrong");
    }
    return new PersonalIdentityCode(candidate, born);
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  /** The code itself, for protection (hashing, encryption) only. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "PersonalIdentityCode[hidden]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalIdentityCode that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
