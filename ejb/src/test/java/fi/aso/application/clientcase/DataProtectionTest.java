package fi.aso.application.clientcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataProtectionTest {

  private static final String KEY =
      Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  private static DataProtection protection(String key) {
    DataProtection p = new DataProtection();
    p.useKey(key);
    return p;
  }

  @Test
  void validCodesParseWithTheirDateOfBirthAndNeverPrintThemselves() {
    PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
    assertThat(code.dateOfBirth()).isEqualTo(LocalDate.of(1952, 10, 13));
    assertThat(code.toString()).doesNotContain("131052");
    assertThat(PersonalIdentityCode.parse("010594Y9032").dateOfBirth())
        .isEqualTo(LocalDate.of(1994, 5, 1));
  }

  @Test
  void wrongCodesAreRefusedWithoutRepeatingThem() {
    assertThatThrownBy(() -> PersonalIdentityCode.parse("131052-308U"))
        .hasMessageContaining("check character")
        .hasMessageNotContaining("131052");
    assertThatThrownBy(() -> PersonalIdentityCode.parse("310252-308T"))
        .hasMessageContaining("date");
    assertThatThrownBy(() -> PersonalIdentityCode.parse("hello")).isInstanceOf(Refusal.class);
  }

  @Test
  void theHashFindsTheSamePersonAndTheCipherTextOpensOnlyWithTheKey() {
    PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
    DataProtection protection = protection(KEY);

    assertThat(protection.keyedHash(code))
        .isEqualTo(protection.keyedHash(PersonalIdentityCode.parse("131052-308t")));
    String sealed = protection.encrypt(code);
    assertThat(sealed).doesNotContain("131052").isNotEqualTo(protection.encrypt(code));
    assertThat(protection.decrypt(sealed)).isEqualTo(code);

    DataProtection otherKey =
        protection(
            Base64.getEncoder().encodeToString("another-key-another-key-another-".getBytes()));
    assertThat(otherKey.keyedHash(code)).isNotEqualTo(protection.keyedHash(code));
    assertThatThrownBy(() -> otherKey.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSealedDocumentOpensOnlyUnalteredAndWithTheKey() {
    DataProtection protection = protection(KEY);
    byte[] scan = "%PDF-1.4 allekirjoitettu suostumus".getBytes();

    byte[] sealed = protection.seal(scan);

    assertThat(new String(sealed)).doesNotContain("suostumus");
    assertThat(protection.open(sealed)).isEqualTo(scan);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> protection.open(sealed)).isInstanceOf(IllegalStateException.class);
  }
}
