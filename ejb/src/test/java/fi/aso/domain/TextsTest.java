package fi.aso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.organisation.ContactPerson;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.region.Region;
import fi.aso.domain.staff.Role;
import fi.aso.domain.staff.StaffUser;
import fi.aso.testing.Fixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What the fuzz test found failing as a database error (a 500): a name, address or phone number
 * longer than its column. Each is now refused with the rule's code before anything changes.
 */
class TextsTest {

  @Test
  void aTextIsAtMostItsLengthAndOtherwiseKeptAsTyped() {
    assertThat(Texts.atMost("Joensuun Kodit Oy", 200, "the name")).isEqualTo("Joensuun Kodit Oy");
    assertThat(Texts.atMost(null, 200, "the name")).isNull();
    assertThat(Texts.atMost("<script>alert(1)</script> {{7*7}}\r\nBcc: evil@x", 200, "the name"))
        .as("markup and line breaks are made harmless where the text is shown, not refused")
        .isEqualTo("<script>alert(1)</script> {{7*7}}\r\nBcc: evil@x");
    assertThat(Texts.atMost("x".repeat(200), 200, "the name")).hasSize(200);
    assertThatThrownBy(() -> Texts.atMost("x".repeat(201), 200, "the name"))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("text.tooLong");
              assertThat(r.args()).containsExactly(200);
              assertThat(r.getMessage()).isEqualTo("the name is at most 200 characters");
            });
  }

  @Test
  void namesLongerThanTheirColumnsAreRefusedByTheEntities() {
    refused(
        () ->
            new ClientCase(
                Fixtures.REGION,
                "ASO-2026-1",
                "x".repeat(201),
                LocalDate.of(1985, 3, 14),
                ClientKind.PRISONER,
                Fixtures.PRISON,
                new StaffUser("worker", "Worker", Set.of(Role.CASE_WORKER)),
                OffsetDateTime.now(ZoneOffset.UTC)),
        "text.tooLong");
    refused(
        () -> new Organisation("ä".repeat(301), OrganisationType.NGO, Fixtures.REGION),
        "text.tooLong");
    Organisation kodit = new Organisation("Kodit", OrganisationType.NGO, Fixtures.REGION);
    refused(
        () -> new ContactPerson(kodit, "Kalle", "kalle@kodit.test", "040 " + "1".repeat(40)),
        "text.tooLong");
    refused(
        () -> new ContactPerson(kodit, "x".repeat(1001), "kalle@kodit.test", null), "text.tooLong");
    refused(() -> new StaffUser("fuzz", "d".repeat(201), Set.of(Role.CHAIR)), "text.tooLong");
    refused(() -> new Region("fuzz", "r".repeat(201), "Europe/Helsinki"), "text.tooLong");
  }

  @Test
  void aStaffAccountsAddressIsOneAddress() {
    StaffUser user = new StaffUser("fuzz", "Fuzz", Set.of(Role.CHAIR));
    user.setEmail(" fuzz@aso.test ");
    assertThat(user.email()).hasValue("fuzz@aso.test");
    user.setEmail("");
    assertThat(user.email()).isEmpty();
    refused(() -> user.setEmail("fuzz@aso.test\r\nBcc: evil@x"), "staff.email");
    refused(() -> user.setEmail("fuzz@aso.test, evil@x"), "staff.email");
    refused(() -> user.setEmail("a@" + "b".repeat(320)), "staff.email");
  }

  private static void refused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo(code));
  }
}
