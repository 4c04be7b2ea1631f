package fi.aso.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

  @Test
  void aSubjectWithALineBreakCannotInjectHeaders() {
    assertThatThrownBy(
            () -> new OutgoingMail("a@example.org", "Hello\r\nBcc: x@evil.example", "body"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("single line");
  }

  @Test
  void theRecipientMustBeExactlyOneAddress() {
    assertThatThrownBy(() -> new OutgoingMail("a@example.org, b@example.org", "s", "b"))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new OutgoingMail("a@example.org\r\nBcc: x@y.z", "s", "b"))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new OutgoingMail("not an address", "s", "b"))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void anyTextIsAllowedInTheBody() {
    OutgoingMail mail =
        new OutgoingMail("a@example.org", "Tervetuloa – välkommen", "Rivi 1\r\nRivi 2 <b>ä</b>");
    assertThat(mail.body()).contains("<b>ä</b>");
  }
}
