package fi.aso.domain.clientcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.testing.Fixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseLifecycleTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aCaseWalksTheWholeProcessFromReferralToClosing() {
    ClientCase c = Fixtures.clientCase();
    for (CaseState next :
        new CaseState[] {
          CaseState.CONSENT_PENDING,
          CaseState.READY_FOR_MEETING,
          CaseState.SCHEDULED,
          CaseState.DISCUSSED,
          CaseState.FOLLOW_UP,
          CaseState.SCHEDULED,
          CaseState.DISCUSSED,
          CaseState.FOLLOW_UP
        }) {
      CaseStateChange change = c.moveTo(next, "chair", null, NOW);
      assertThat(change.to()).isEqualTo(next);
      assertThat(c.state()).isEqualTo(next);
    }
    assertThatThrownBy(() -> c.moveTo(CaseState.CLOSED, "chair", null, NOW))
        .as("closing needs an outcome")
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(
            () -> c.close(CaseOutcome.HOUSED_WITH_SUPPORT, "x".repeat(20_001), "chair", NOW))
        .as("an outcome note is at most 20 000 characters, as the other notes")
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("text.tooLong"));
    assertThat(c.state()).as("nothing changed").isEqualTo(CaseState.FOLLOW_UP);
    assertThat(
            c.close(CaseOutcome.HOUSED_WITH_SUPPORT, "Tuettu asunto Josnalta", "chair", NOW).to())
        .isEqualTo(CaseState.CLOSED);
    assertThat(c.outcome()).contains(CaseOutcome.HOUSED_WITH_SUPPORT);
  }

  @Test
  void illegalTransitionsAreRefusedAndChangeNothing() {
    ClientCase c = Fixtures.clientCase();

    assertThatThrownBy(() -> c.moveTo(CaseState.SCHEDULED, "chair", null, NOW))
        .isInstanceOf(IllegalCaseTransition.class)
        .hasMessageContaining("REFERRED")
        .hasMessageContaining("SCHEDULED");
    assertThat(c.state()).isEqualTo(CaseState.REFERRED);
  }

  @ParameterizedTest
  @EnumSource(CaseState.class)
  void aClosedCaseCannotBeReopenedAndNoStateLeadsToItself(CaseState state) {
    assertThat(CaseState.CLOSED.canMoveTo(state)).isFalse();
    assertThat(state.canMoveTo(state)).isFalse();
  }

  @Test
  void withoutConsentACaseCannotReachAMeeting() {
    for (CaseState before :
        EnumSet.of(CaseState.REFERRED, CaseState.CONSENT_REFUSED, CaseState.CONSENT_WITHDRAWN)) {
      assertThat(before.canMoveTo(CaseState.SCHEDULED)).as(before.name()).isFalse();
      assertThat(before.canMoveTo(CaseState.READY_FOR_MEETING)).as(before.name()).isFalse();
    }
  }

  @Test
  void daysToReleaseCountFromToday() {
    ClientCase c = Fixtures.clientCase();
    assertThat(c.daysToRelease(LocalDate.of(2026, 11, 25))).isEmpty();
    c.expectRelease(LocalDate.of(2026, 12, 5));
    assertThat(c.daysToRelease(LocalDate.of(2026, 11, 25))).contains(10L);
  }
}
