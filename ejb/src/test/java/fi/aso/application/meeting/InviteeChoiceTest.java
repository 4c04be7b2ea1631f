package fi.aso.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.meeting.InviteeChoice.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of an organisation's contact persons the booking ticks. */
class InviteeChoiceTest {

  @Test
  void theContactPersonIsTickedNotTheirDeputy() {
    // the deputy comes first by name; the contact person is the one who is nobody's deputy
    var chosen =
        InviteeChoice.of(
            List.of(new Person(2, "Aino", null, false), new Person(1, "Kalle", 2L, false)));
    assertThat(chosen.id()).isEqualTo(1L);
    assertThat(chosen.standsInFor()).isNull();
  }

  @Test
  void theDeputyStandsInWhenTheContactPersonIsAway() {
    var chosen =
        InviteeChoice.of(
            List.of(new Person(1, "Kalle", 2L, true), new Person(2, "Kaisa", null, false)));
    assertThat(chosen.id()).isEqualTo(2L);
    assertThat(chosen.standsInFor()).isEqualTo("Kalle");
  }

  @Test
  void whenTheDeputyIsAwayTooTheContactPersonStaysTicked() {
    var chosen =
        InviteeChoice.of(
            List.of(new Person(1, "Kalle", 2L, true), new Person(2, "Kaisa", null, true)));
    assertThat(chosen.id()).isEqualTo(1L);
    assertThat(chosen.standsInFor()).isNull();
  }

  @Test
  void anAwayContactPersonWithoutADeputyIsStillTickedAndNobodyElse() {
    var chosen =
        InviteeChoice.of(
            List.of(new Person(1, "Kalle", null, true), new Person(3, "Ville", null, false)));
    assertThat(chosen.id()).isEqualTo(1L);
  }

  @Test
  void anOrganisationWithoutPeopleHasNobodyTicked() {
    assertThat(InviteeChoice.of(List.of()).id()).isNull();
  }
}
