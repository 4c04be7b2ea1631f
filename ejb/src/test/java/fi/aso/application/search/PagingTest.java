package fi.aso.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pieces every searchable list shares: which page, in which order, over which days. */
class PagingTest {

  private static final List<Integer> THIRTY = IntStream.rangeClosed(1, 30).boxed().toList();

  @Test
  void aPageKnowsItsNeighboursAndWhatItShows() {
    Page<Integer> first = new PageRequest(0, 25).of(THIRTY);
    assertThat(first.entries()).hasSize(25).startsWith(1).endsWith(25);
    assertThat(first.total()).isEqualTo(30);
    assertThat(first.previousOffset()).isNull();
    assertThat(first.nextOffset()).isEqualTo(25);
    assertThat(first.firstShown()).isEqualTo(1);
    assertThat(first.lastShown()).isEqualTo(25);

    Page<Integer> last = new PageRequest(25, 25).of(THIRTY);
    assertThat(last.entries()).containsExactly(26, 27, 28, 29, 30);
    assertThat(last.previousOffset()).isZero();
    assertThat(last.nextOffset()).isNull();
    assertThat(last.map(i -> "n" + i).entries()).startsWith("n26");

    Page<Integer> beyond = new PageRequest(40, 25).of(THIRTY);
    assertThat(beyond.entries()).isEmpty();
    assertThat(beyond.firstShown()).isZero();
    assertThat(beyond.previousOffset()).isEqualTo(15);
  }

  @Test
  void pageNumbersFromAnAddressAreWholeAndInRangeOrRefused() {
    assertThat(PageRequest.parse(null, "", 25)).isEqualTo(new PageRequest(0, 25));
    assertThat(PageRequest.parse(" 50 ", "10", 25)).isEqualTo(new PageRequest(50, 10));
    for (String[] bad :
        new String[][] {
          {"x", "10"},
          {"0", "abc"},
          {"0", "0"},
          {"0", "201"},
          {"-1", "10"},
          {"0", "1.5"},
          {"0", "99999999999999"}
        }) {
      assertThatThrownBy(() -> PageRequest.parse(bad[0], bad[1], 25))
          .as("offset %s limit %s", bad[0], bad[1])
          .isInstanceOf(Refusal.class)
          .extracting(e -> ((Refusal) e).code())
          .isEqualTo("page.invalid");
    }
  }

  @Test
  void anOrderIsOneOfTheListsOwnOrTheDefault() {
    SortOrder orders = SortOrder.of("things.sort", "date", "date-desc");
    assertThat(orders.pick(null)).isEqualTo("date");
    assertThat(orders.pick("date-desc")).isEqualTo("date-desc");
    assertThatThrownBy(() -> orders.pick("name; drop table x"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("date, date-desc");
  }

  @Test
  void aPeriodHoldsItsDaysAndIsNeverReversed() {
    DateRange december = new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    assertThat(december.contains(LocalDate.of(2026, 12, 31))).isTrue();
    assertThat(december.contains(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(new DateRange(null, LocalDate.of(2026, 12, 1)).contains(LocalDate.of(1990, 1, 1)))
        .isTrue();
    assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new DateRange(LocalDate.of(1000, 1, 1), null))
        .isInstanceOf(Refusal.class);
    assertThat(SearchText.normalise("  Kodit ")).isEqualTo("kodit");
    assertThat(SearchText.matches("kodit", null, "Joensuun KODIT")).isTrue();
    assertThatThrownBy(() -> SearchText.normalise("x".repeat(201))).isInstanceOf(Refusal.class);
  }
}
