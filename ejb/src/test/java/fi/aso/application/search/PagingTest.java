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

  private static final Keyset<Integer> BY_NUMBER = Keyset.of("numbers", i -> new Object[] {i});

  @Test
  void aPageKnowsItsNeighboursAndWhatItShows() {
    Page<Integer> first = new PageRequest(0, 25).of(THIRTY, BY_NUMBER);
    assertThat(first.entries()).hasSize(25).startsWith(1).endsWith(25);
    assertThat(first.total()).isEqualTo(30);
    assertThat(first.previousOffset()).isNull();
    assertThat(first.nextOffset()).isEqualTo(25);
    assertThat(first.firstShown()).isEqualTo(1);
    assertThat(first.lastShown()).isEqualTo(25);

    Page<Integer> last = new PageRequest(25, 25).of(THIRTY, BY_NUMBER);
    assertThat(last.entries()).containsExactly(26, 27, 28, 29, 30);
    assertThat(last.previousOffset()).isZero();
    assertThat(last.nextOffset()).isNull();
    assertThat(last.map(i -> "n" + i).entries()).startsWith("n26");

    Page<Integer> beyond = new PageRequest(40, 25).of(THIRTY, BY_NUMBER);
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
          {"0", "501"},
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

  /** An entry of a list sorted by name, then id; names repeat and may be missing. */
  private record Named(String name, long id) {}

  private static final Keyset<Named> BY_NAME =
      Keyset.of("named:name", n -> new Object[] {Keyset.folded(n.name()), n.id()});

  @Test
  void aCursorWalksEveryEntryOnceInOrderWhileEntriesAreAddedAndRemoved() {
    java.util.Random random = new java.util.Random(15);
    List<Named> list = new java.util.ArrayList<>();
    for (long id = 1; id <= 250; id++) {
      list.add(new Named(random.nextInt(10) == 0 ? null : "Nimi " + random.nextInt(40), id));
    }
    List<Named> before = BY_NAME.sort(list);
    List<Named> seen = new java.util.ArrayList<>();
    String cursor = null;
    long nextId = 1000;
    do {
      Page<Named> page = PageRequest.parse(null, "37", cursor, 100, 500).of(list, BY_NAME);
      seen.addAll(page.entries());
      cursor = page.next();
      // meanwhile others add entries on both sides of where the walk is, and remove one behind it
      list.add(new Named("A", nextId++));
      list.add(new Named("Ö", nextId++));
      list.remove(seen.get(0));
    } while (cursor != null);
    List<Named> original = seen.stream().filter(n -> n.id() <= 250).toList();
    assertThat(original).as("every entry there from the start, once, in order").isEqualTo(before);
    assertThat(seen).as("nothing twice").doesNotHaveDuplicates();
    assertThat(seen).as("in the list's order").isEqualTo(BY_NAME.sort(seen));
    assertThat(seen.stream().filter(n -> "Ö".equals(n.name())))
        .as("entries added after the walk's position are met")
        .isNotEmpty();
  }

  @Test
  void aCursorOfAnotherListOrOrderOrNoCursorAtAllIsRefusedNamingIt() {
    String cursor =
        new PageRequest(0, 2)
            .of(List.of(new Named("a", 1), new Named("b", 2), new Named("c", 3)), BY_NAME)
            .next();
    assertThat(cursor).isNotNull();
    for (String bad : new String[] {"x", "!!!", "bm9wZQ", "a".repeat(3000)}) {
      assertThatThrownBy(() -> PageRequest.parse(null, null, bad, 10, 100).of(THIRTY, BY_NUMBER))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
    }
    String ofNames =
        new PageRequest(0, 1).of(List.of(new Named("a", 1), new Named("b", 2)), BY_NAME).next();
    assertThatThrownBy(() -> PageRequest.parse(null, null, ofNames, 10, 100).of(THIRTY, BY_NUMBER))
        .isInstanceOf(InvalidParameter.class);
    assertThatThrownBy(
            () ->
                PageRequest.parse(null, null, ofNames, 10, 100)
                    .of(List.of(new Named("a", 1)), BY_NAME.reversed()))
        .isInstanceOf(InvalidParameter.class);
    assertThatThrownBy(() -> PageRequest.parse("5", null, ofNames, 10, 100))
        .isInstanceOfSatisfying(
            InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("offset"));
    assertThatThrownBy(() -> PageRequest.parse(null, "101", null, 10, 100))
        .isInstanceOfSatisfying(
            InvalidParameter.class, e -> assertThat(e.parameter()).isEqualTo("limit"));
  }

  @Test
  void aCursorReadsBackAsItWasWritten() {
    Cursor cursor = new Cursor("x:y", java.util.Arrays.asList("Äijä|ö", null, -5L, 12L));
    assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
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
