package fi.aso.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check the language tests lean on finds what the issue found, and no Swedish word. */
class ForeignWordsTest {

  @Test
  void findsTheCodesEnglishAndItsConstants() {
    assertThat(ForeignWords.in("Kirjannut client (electronic).", "fi"))
        .contains("client", "electronic");
    assertThat(ForeignWords.in("Poistettu: consent withdrawn", "fi"))
        .contains("consent", "withdrawn");
    assertThat(ForeignWords.in("– Hae tuki – CASE_WORKER – 20.12.2026", "sv"))
        .contains("CASE_WORKER");
    assertThat(ForeignWords.in("Dec 2, 2026, 7:02:47 PM", "fi")).contains("Dec", "PM");
  }

  @Test
  void leavesSwedishWordsLinksAndLongerWordsAlone() {
    assertThat(ForeignWords.in("Deltagare: Klienten: Via video. Version 2", "sv")).isEmpty();
    assertThat(ForeignWords.in("Linkki: http://127.0.0.1:8080/minutes/copy.pdf?id=3", "fi"))
        .isEmpty();
    assertThat(ForeignWords.in("Asiakkaan toiveet; casestudy; Kokous peruttu", "fi")).isEmpty();
  }
}
