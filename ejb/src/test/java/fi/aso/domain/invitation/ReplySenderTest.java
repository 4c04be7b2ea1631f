package fi.aso.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplySenderTest {

  static final String INVITED = "kalle@kodit.test";

  @Test
  void aMailFromTheInvitedAddressAnswersForTheInvitee() {
    assertThat(ReplySender.from("kalle@kodit.test").whyNotFrom(INVITED)).isEmpty();
  }

  @Test
  void addressesAreComparedWithoutRegardToCaseOrSurroundingSpace() {
    assertThat(ReplySender.from(" Kalle@KODIT.test ").whyNotFrom("KALLE@kodit.TEST")).isEmpty();
  }

  @Test
  void aMailFromAnotherAddressIsNotTheInvitees() {
    assertThat(ReplySender.from("mallory@elsewhere.test").whyNotFrom(INVITED))
        .contains("sent from another address than the invited one");
  }

  @Test
  void everyFromAddressMustBeTheInvitedOne() {
    assertThat(
            new ReplySender(List.of(INVITED, "mallory@elsewhere.test"), List.of())
                .whyNotFrom(INVITED))
        .contains("sent from another address than the invited one");
  }

  @Test
  void aSenderOfAnotherAddressIsNotTheInvitee() {
    assertThat(
            new ReplySender(List.of(INVITED), List.of("assistant@kodit.test")).whyNotFrom(INVITED))
        .contains("sent by another address (Sender) than the invited one");
  }

  @Test
  void aSenderEqualToTheInvitedAddressIsAccepted() {
    assertThat(new ReplySender(List.of(INVITED), List.of("KALLE@kodit.test")).whyNotFrom(INVITED))
        .isEmpty();
  }

  @Test
  void aMailWithoutFromIsNotTheInviteesEvenWithTheRightSender() {
    assertThat(new ReplySender(List.of(), List.of(INVITED)).whyNotFrom(INVITED))
        .contains("has no sender address");
    assertThat(ReplySender.from(null).whyNotFrom(INVITED)).contains("has no sender address");
  }

  @Test
  void anEmptyOrUnreadableAddressNeverMatches() {
    assertThat(ReplySender.from("").whyNotFrom(INVITED)).isPresent();
    assertThat(ReplySender.from("Kalle <kalle@kodit.test").whyNotFrom(INVITED)).isPresent();
    assertThat(ReplySender.from("").whyNotFrom("")).isPresent();
  }

  @Test
  void theKeptReplyShowsTheFromAddresses() {
    assertThat(new ReplySender(List.of("A@x.test", "b@y.test"), List.of("c@z.test")).shown())
        .isEqualTo("a@x.test, b@y.test");
    assertThat(new ReplySender(List.of(), List.of()).shown()).isNull();
  }
}
