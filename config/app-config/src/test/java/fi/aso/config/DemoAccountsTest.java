package fi.aso.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoAccountsTest {

  @Test
  void thereIsOneDemoLoginForEachRole() {
    assertThat(DemoAccounts.all())
        .extracting(DemoAccounts.Account::role)
        .containsExactlyInAnyOrder("ADMIN", "CHAIR", "CASE_WORKER", "PARTNER");
  }

  @Test
  void demoUserNamesAreUniqueAndEveryAccountNamesAnOrganisation() {
    assertThat(DemoAccounts.all())
        .extracting(DemoAccounts.Account::username)
        .doesNotHaveDuplicates();
    assertThat(DemoAccounts.all()).allSatisfy(a -> assertThat(a.organisation()).isNotBlank());
  }
}
