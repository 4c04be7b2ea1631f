package fi.aso.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DatesTest {

  /** Wednesday 16 December 2026 9.40 in Helsinki (UTC+2 in winter). */
  private static final Instant WINTER = Instant.parse("2026-12-16T07:40:00Z");

  @Test
  void eachLanguageWritesADayAndATimeItsOwnWay() {
    assertThat(Dates.in("fi").dateTime(WINTER)).isEqualTo("ke 16.12.2026 klo 9.40");
    assertThat(Dates.in("sv").dateTime(WINTER)).isEqualTo("ons 16.12.2026 kl. 9.40");
    assertThat(Dates.in("en").dateTime(WINTER)).isEqualTo("Wed 16 Dec 2026 at 9:40");
  }

  @Test
  void aDateThatIsNoDayToGoToHasNoWeekday() {
    LocalDate birth = LocalDate.of(1985, 3, 14);
    assertThat(Dates.in("fi").date(birth)).isEqualTo("14.3.1985");
    assertThat(Dates.in("sv").date(birth)).isEqualTo("14.3.1985");
    assertThat(Dates.in("en").date(birth)).isEqualTo("14 Mar 1985");
    assertThat(Dates.in("fi").day(birth)).isEqualTo("to 14.3.1985");
    assertThat(Dates.in("sv").day(birth)).isEqualTo("tors 14.3.1985");
  }

  @Test
  void aSpanOfOneDayNamesTheDayOnce() {
    Instant end = WINTER.plusSeconds(50 * 60);
    assertThat(Dates.in("fi").span(WINTER, end)).isEqualTo("ke 16.12.2026 klo 9.40–10.30");
    assertThat(Dates.in("sv").span(WINTER, end)).isEqualTo("ons 16.12.2026 kl. 9.40–10.30");
    assertThat(Dates.in("en").span(WINTER, end)).isEqualTo("Wed 16 Dec 2026 at 9:40–10:30");
    assertThat(Dates.in("fi").times(WINTER, end)).isEqualTo("9.40–10.30");
  }

  @Test
  void neverSecondsNorALeadingZero() {
    Instant withSeconds = Instant.parse("2026-12-02T17:02:47.123Z");
    assertThat(Dates.in("fi").dateTime(withSeconds)).isEqualTo("ke 2.12.2026 klo 19.02");
    assertThat(Dates.in("fi").time(Instant.parse("2026-12-02T07:05:00Z"))).isEqualTo("9.05");
  }

  @Test
  void daylightSavingTimeIsFinnishTimeInMarchAndOctober() {
    // the clocks go forward on Sunday 28 March 2027 at 3.00 (UTC+2 -> UTC+3)
    assertThat(Dates.in("fi").dateTime(Instant.parse("2027-03-28T00:30:00Z")))
        .isEqualTo("su 28.3.2027 klo 2.30");
    assertThat(Dates.in("fi").dateTime(Instant.parse("2027-03-28T01:30:00Z")))
        .isEqualTo("su 28.3.2027 klo 4.30");
    assertThat(Dates.in("fi").dateTime(Instant.parse("2027-03-29T06:00:00Z")))
        .isEqualTo("ma 29.3.2027 klo 9.00");
    // and back on Sunday 31 October 2027 at 4.00 (UTC+3 -> UTC+2): 3.30 comes twice
    assertThat(Dates.in("sv").dateTime(Instant.parse("2027-10-31T00:30:00Z")))
        .isEqualTo("sön 31.10.2027 kl. 3.30");
    assertThat(Dates.in("sv").dateTime(Instant.parse("2027-10-31T01:30:00Z")))
        .isEqualTo("sön 31.10.2027 kl. 3.30");
    assertThat(Dates.in("en").dateTime(Instant.parse("2027-11-01T07:00:00Z")))
        .isEqualTo("Mon 1 Nov 2027 at 9:00");
  }

  @Test
  void theServersOrBrowsersZoneAndLanguageChangeNothing() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.US);
      assertThat(Dates.in("fi").dateTime(WINTER)).isEqualTo("ke 16.12.2026 klo 9.40");
      assertThat(Dates.in("sv").time(WINTER)).isEqualTo("9.40");
      assertThat(Dates.in((String) null).dateTime(WINTER)).isEqualTo("ke 16.12.2026 klo 9.40");
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      assertThat(Dates.in(Locale.ENGLISH).dateTime(WINTER)).isEqualTo("Wed 16 Dec 2026 at 9:40");
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void anUnknownLanguageIsFinnish() {
    assertThat(Dates.in("de").dateTime(WINTER)).isEqualTo("ke 16.12.2026 klo 9.40");
    assertThat(Dates.in(Locale.GERMAN).locale().getLanguage()).isEqualTo("fi");
  }

  @Test
  void aFieldShowsWhatItReadsBack() {
    LocalDate day = LocalDate.of(2026, 12, 16);
    assertThat(Dates.field(day)).isEqualTo("16.12.2026");
    assertThat(DateInput.date(Dates.field(day))).contains(day);
    for (String language : new String[] {"fi", "sv", "en"}) {
      LocalTime nine = LocalTime.of(9, 40);
      assertThat(DateInput.time(Dates.in(language).field(nine))).contains(nine);
    }
  }
}
