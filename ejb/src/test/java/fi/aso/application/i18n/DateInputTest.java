package fi.aso.application.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 16);

  @ParameterizedTest
  @ValueSource(
      strings = {"16.12.2026", " 16.12.2026 ", "16. 12. 2026", "16.12.2026.", "2026-12-16"})
  void readsTheFinnishFormAndTheIsoForm(String typed) {
    assertThat(DateInput.date(typed)).contains(DAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.2027", "01.02.2027", "2027-02-01"})
  void leadingZerosAreOptional(String typed) {
    assertThat(DateInput.date(typed)).contains(LocalDate.of(2027, 2, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31.2.2026",
        "29.2.2026",
        "2026-02-30",
        "16.13.2026",
        "0.1.2026",
        "16.12.26",
        "16/12/2026",
        "12/16/2026",
        "Dec 16, 2026",
        "16.12",
        "",
        "   ",
        "2026-12-16T00:00"
      })
  void refusesWhatIsNoDayOrIsAmbiguous(String typed) {
    assertThat(DateInput.date(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.40", "09.40", "9:40", "09:40", " 9.40 "})
  void readsATimeWithADotOrAColon(String typed) {
    assertThat(DateInput.time(typed)).contains(LocalTime.of(9, 40));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24.00", "9.60", "9.4", "9,40", "klo 9", "9.40.00", ""})
  void refusesWhatIsNoTime(String typed) {
    assertThat(DateInput.time(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9", "09", "9.00"})
  void aBareHourIsOnTheHour(String typed) {
    assertThat(DateInput.time(typed)).contains(LocalTime.of(9, 0));
  }
}
