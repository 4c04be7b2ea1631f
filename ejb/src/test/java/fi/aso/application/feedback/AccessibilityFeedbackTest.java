package fi.aso.application.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.domain.region.Region;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class AccessibilityFeedbackTest {

  /** No repository, gateway or throttle: bad input must be refused before any of them is used. */
  private final AccessibilityFeedback feedback =
      new AccessibilityFeedback(null, null, null, null, Clock.systemUTC());

  @Test
  void emptyFeedbackIsRefusedBeforeAnythingIsCountedOrSent() {
    assertThatThrownBy(() -> feedback.send(1L, "  \n ", null, "203.0.113.9"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("feedback.empty"));
    assertThatThrownBy(() -> feedback.send(1L, null, null, "203.0.113.9"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("feedback.empty"));
  }

  @Test
  void tooLongFeedbackIsRefusedWithTheLimit() {
    String text = "a".repeat(AccessibilityFeedback.MAX_CHARS + 1);
    assertThatThrownBy(() -> feedback.send(1L, text, null, "203.0.113.9"))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("feedback.tooLong");
              assertThat(r.args()).containsExactly(AccessibilityFeedback.MAX_CHARS);
            });
  }

  @Test
  void aReplyAddressThatIsNotOneIsRefused() {
    assertThatThrownBy(() -> feedback.send(1L, "Hyvä", "not an address", "203.0.113.9"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("feedback.address"));
    assertThatThrownBy(
            () -> feedback.send(1L, "Hyvä", "a@b.fi\r\nBcc: x@evil.example", "203.0.113.9"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("feedback.address"));
  }

  @Test
  void feedbackWithoutARegionIsRefused() {
    assertThatThrownBy(() -> feedback.send(null, "Hyvä", "", "203.0.113.9"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("feedback.region"));
  }

  @Test
  void thePersonsTextIsQuotedLineByLineWithoutControlCharacters() {
    String quoted =
        AccessibilityFeedback.quoted("Rivi 1\r\nAika / Tid: huomenna\u001b[31m\rLinkki\u202e");
    assertThat(quoted)
        .isEqualTo("> Rivi 1\n> Aika / Tid: huomenna?[31m\n> Linkki?")
        .doesNotContain("\r", "\u001b", "\u202e");
  }

  @Test
  void theMailSaysWhereTheFeedbackCameFromAndQuotesTheReplyAddress() {
    String body =
        AccessibilityFeedback.body(
            new Region("joensuu", "Joensuun ASO-ryhmä", "Europe/Helsinki"),
            "<b>Kontrasti</b> on heikko",
            "anna@example.fi");
    assertThat(body)
        .contains("Joensuun ASO-ryhmä", "> <b>Kontrasti</b> on heikko", "> anna@example.fi")
        .contains("14");
  }
}
