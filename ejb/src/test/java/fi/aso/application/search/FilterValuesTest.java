package fi.aso.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FilterValuesTest {

  @Test
  void aDateAsAFinnishUserTypesItOrAsAnAddressGivesIt() {
    LocalDate day = LocalDate.of(2026, 12, 16);
    assertThat(FilterValues.date("16.12.2026", "from")).isEqualTo(day);
    assertThat(FilterValues.date(" 16.12.2026 ", "from")).isEqualTo(day);
    assertThat(FilterValues.date("2026-12-16", "from")).isEqualTo(day);
    assertThat(FilterValues.date("", "from")).isNull();
    assertThat(FilterValues.date(null, "from")).isNull();
  }

  @Test
  void aDateThatIsNoDayIsRefusedNamingTheField() {
    for (String typed : new String[] {"31.2.2026", "16.12.26", "12/16/2026", "huomenna"}) {
      assertThatThrownBy(() -> FilterValues.date(typed, "to"))
          .as(typed)
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.getMessage()).contains("to", "16.12.2026"));
    }
  }
}
