package fi.aso.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Date and time fields read what a Finnish user types and say in their language what they want. */
class DateFieldsTest {

  private static ResourceBundle words(String language) {
    return ResourceBundle.getBundle("fi.aso.i18n.messages", Locale.of(language));
  }

  @Test
  void aDateFieldReadsTheFinnishFormAndThePickersForm() {
    assertThat(DateField.read("16.12.2026", words("fi"))).isEqualTo(LocalDate.of(2026, 12, 16));
    assertThat(DateField.read("2026-12-16", words("fi"))).isEqualTo(LocalDate.of(2026, 12, 16));
    assertThat(DateField.read("  ", words("fi"))).isNull();
  }

  @Test
  void aDayThatDoesNotExistIsRefusedNamingTheFormTheLabelShows() {
    for (String language : new String[] {"fi", "sv", "en"}) {
      ResourceBundle words = words(language);
      assertThatThrownBy(() -> DateField.read("31.2.2026", words))
          .isInstanceOf(ConverterException.class)
          .hasMessage(words.getString("input.date.invalid"))
          .hasMessageContaining(words.getString("input.date.hint"))
          .hasMessageContaining("16.12.2026");
    }
    assertThatThrownBy(() -> DateField.read("31.2.2026", words("fi")))
        .hasMessage("Anna päivämäärä muodossa pp.kk.vvvv, esimerkiksi 16.12.2026.");
    assertThatThrownBy(() -> DateField.read("16.12.26", words("sv")))
        .hasMessage("Ange datumet som dd.mm.åååå, till exempel 16.12.2026.");
  }

  @Test
  void aTimeFieldReadsADotOrAColonAndRefusesWithTheExampleOfItsLabel() {
    assertThat(TimeField.read("9.40", words("fi"))).isEqualTo(LocalTime.of(9, 40));
    assertThat(TimeField.read("09:40", words("fi"))).isEqualTo(LocalTime.of(9, 40));
    for (String language : new String[] {"fi", "sv", "en"}) {
      ResourceBundle words = words(language);
      String example = words.getString("input.time.hint").replaceAll("^\\S+ ", "");
      assertThatThrownBy(() -> TimeField.read("25.00", words))
          .isInstanceOf(ConverterException.class)
          .hasMessage(words.getString("input.time.invalid"))
          .hasMessageContaining(example);
    }
  }
}
