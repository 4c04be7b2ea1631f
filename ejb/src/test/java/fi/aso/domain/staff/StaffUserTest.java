package fi.aso.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffUserTest {

  @Test
  void aStaffUserNeedsAUsableNameAndAtLeastOneRole() {
    assertThatThrownBy(() -> new StaffUser("a b", "Name", Set.of(Role.CHAIR)))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new StaffUser("chair", " ", Set.of(Role.CHAIR)))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> new StaffUser("chair", "Name", Set.of()))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("role");
  }

  @Test
  void onlyTheThreeUiLanguagesCanBePreferred() {
    StaffUser user = new StaffUser("chair", "Paavo", Set.of(Role.CHAIR));
    user.preferLocale("sv");
    assertThat(user.preferredLocale()).isEqualTo("sv");
    assertThatThrownBy(() -> user.preferLocale("de")).isInstanceOf(Refusal.class);
  }

  @Test
  void roleConstantsMatchTheRoleNames() {
    assertThat(Role.ADMIN_NAME).isEqualTo(Role.ADMIN.name());
    assertThat(Role.CHAIR_NAME).isEqualTo(Role.CHAIR.name());
    assertThat(Role.CASE_WORKER_NAME).isEqualTo(Role.CASE_WORKER.name());
    assertThat(Role.PARTNER_NAME).isEqualTo(Role.PARTNER.name());
  }

  @Test
  void passwordHashParametersAreTheSlowOnes() {
    assertThat(PasswordHashing.parameters())
        .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
        .containsEntry("Pbkdf2PasswordHash.Iterations", "210000");
  }
}
