package fi.aso.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.meeting.MeetingRecurrence;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceWordsTest {

  private static final Locale FI = Locale.of("fi");
  private static final Locale SV = Locale.of("sv");

  /** A Wednesday, the 16th. */
  private static final LocalDate FIRST = LocalDate.of(2026, 12, 16);

  /** The rule as the domain stores it, so the words read what is really in the database. */
  private static String stored(String typed) {
    return MeetingRecurrence.of(
            typed, FIRST, LocalTime.of(9, 0), LocalTime.of(12, 0), Dates.ZONE, Set.of())
        .rrule();
  }

  private static Optional<String> words(String typed, Locale locale) {
    return RecurrenceWords.in(locale).describe(stored(typed), FIRST);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FREQ=MONTHLY;BYDAY=2TU              | joka kuukauden toinen tiistai
          FREQ=MONTHLY;BYDAY=-1FR             | joka kuukauden viimeinen perjantai
          FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO   | joka 2. kuukauden ensimmäinen maanantai
          FREQ=WEEKLY                         | joka viikko keskiviikkoisin
          FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR | joka 2. viikko maanantaisin, keskiviikkoisin ja perjantaisin
          FREQ=DAILY;INTERVAL=3               | joka 3. päivä
          FREQ=MONTHLY                        | joka kuukauden 16. päivä
          FREQ=MONTHLY;BYMONTHDAY=1           | joka kuukauden 1. päivä
          FREQ=MONTHLY;BYDAY=2TU;COUNT=6      | joka kuukauden toinen tiistai, 6 kertaa
          FREQ=WEEKLY;BYDAY=TH;UNTIL=20270630 | joka viikko torstaisin 30.6.2027 asti
          """)
  void finnishSaysTheRuleAsAChairWould(String rule, String expected) {
    assertThat(words(rule, FI)).contains(expected);
  }

  @Test
  void swedishAndEnglishToo() {
    assertThat(words("FREQ=MONTHLY;BYDAY=2TU", SV)).contains("den andra tisdagen i varje månad");
    assertThat(words("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", SV))
        .contains("var 2:e vecka på måndagar och onsdagar");
    assertThat(words("FREQ=MONTHLY;BYDAY=2TU", Locale.ENGLISH))
        .contains("the second Tuesday of every month");
    assertThat(words("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270630", Locale.ENGLISH))
        .contains("every week on Thursdays until 30 Jun 2027");
    assertThat(words("FREQ=DAILY;COUNT=1", Locale.ENGLISH)).contains("every day, once");
  }

  @Test
  void rulesWithoutWordsAreLeftToThePageToShowAsTyped() {
    assertThat(words("FREQ=YEARLY", FI)).isEmpty();
    assertThat(words("FREQ=MONTHLY;BYDAY=TU,TH", FI)).as("every Tuesday and Thursday").isEmpty();
    assertThat(words("FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,3", FI)).isEmpty();
    assertThat(words("FREQ=MONTHLY;BYDAY=1MO;BYSETPOS=1", FI)).isEmpty();
    assertThat(RecurrenceWords.in(FI).describe("", FIRST)).isEmpty();
    assertThat(RecurrenceWords.in(FI).describe("nonsense", FIRST)).isEmpty();
  }
}
