package fi.aso.application.clientcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.aso.application.keys.KeyRing;
import fi.aso.application.keys.Sealing;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.PersonalIdentityCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DataProtectionTest {

  private static final byte[] A = "0123456789abcdef0123456789abcdef".getBytes();
  private static final byte[] B = "another-key-another-key-another-".getBytes();
  private static final byte[] H = "hash-key-hash-key-hash-key-hash-".getBytes();

  private static DataProtection protection(KeyRing data) {
    return new DataProtection(data, KeyRing.of("h1", H));
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
  void theHashFindsTheSamePersonUnderItsOwnKeyAndTheCipherTextOpensOnlyWithTheDataKey() {
    PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
    DataProtection protection = protection(KeyRing.of("a", A));

    assertThat(protection.keyedHash(code))
        .startsWith("h1:")
        .isEqualTo(protection.keyedHash(PersonalIdentityCode.parse("131052-308t")))
        .isEqualTo("h1:" + hmac(H, "131052-308T"));
    String sealed = protection.encrypt(code);
    assertThat(sealed).doesNotContain("131052").isNotEqualTo(protection.encrypt(code));
    assertThat(protection.decrypt(sealed)).isEqualTo(code);

    DataProtection otherKey = protection(KeyRing.of("b", B));
    assertThatThrownBy(() -> otherKey.decrypt(sealed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key 'a', which is not configured");
  }

  @Test
  void aSealedDocumentNamesItsKeyAndOpensOnlyUnalteredAndWithThatKey() {
    DataProtection protection = protection(KeyRing.of("a", A));
    byte[] scan = "%PDF-1.4 allekirjoitettu suostumus".getBytes();

    byte[] sealed = protection.seal(scan);

    assertThat(new String(sealed)).doesNotContain("suostumus").startsWith("ASO");
    assertThat(Sealing.keyIdOf(sealed)).isEqualTo("a");
    assertThat(protection.open(sealed)).isEqualTo(scan);
    byte[] altered = sealed.clone();
    altered[altered.length - 1] ^= 1;
    assertThatThrownBy(() -> protection.open(altered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("altered");
  }

  @Test
  void theKeyIdInTheHeaderCannotBeSwappedForAnother() {
    KeyRing both = KeyRing.of("a", A).rotatedTo("b", B);
    byte[] sealedUnderA = protection(KeyRing.of("a", A)).seal("salainen".getBytes());
    byte[] claimingB = new byte[sealedUnderA.length];
    System.arraycopy(sealedUnderA, 0, claimingB, 0, sealedUnderA.length);
    claimingB[5] = 'b'; // the header's key id, authenticated with the ciphertext

    assertThatThrownBy(() -> protection(both).open(claimingB))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRetiredKeyStillOpensWhatItSealedAndNewDataGoesUnderTheCurrentKey() {
    byte[] sealedUnderA = protection(KeyRing.of("a", A)).seal("vanha".getBytes());
    DataProtection rotated = protection(KeyRing.of("a", A).rotatedTo("b", B));

    assertThat(rotated.open(sealedUnderA)).isEqualTo("vanha".getBytes());
    assertThat(Sealing.keyIdOf(rotated.seal("uusi".getBytes()))).isEqualTo("b");
  }

  @Test
  void dataSealedBeforeKeyIdsOpensWithTheLegacyKey() throws Exception {
    byte[] old = sealedTheOldWay(A, new byte[12], "131052-308T");

    DataProtection withLegacy = protection(KeyRing.of("legacy", A).rotatedTo("b", B));
    assertThat(Sealing.keyIdOf(old)).isEqualTo(KeyRing.LEGACY);
    assertThat(withLegacy.open(old)).isEqualTo("131052-308T".getBytes());
    assertThatThrownBy(() -> protection(KeyRing.of("b", B)).open(old))
        .hasMessageContaining("key 'legacy', which is not configured");

    // one in four billion old values starts like a header, here one naming key 'b'
    byte[] lookalike =
        sealedTheOldWay(A, new byte[] {'A', 'S', 'O', 1, 1, 'b', 0, 0, 0, 0, 0, 0}, "x");
    assertThat(withLegacy.open(lookalike)).isEqualTo("x".getBytes());
  }

  /** What the platform stored before key ids: IV, then ciphertext and tag, no header. */
  private static byte[] sealedTheOldWay(byte[] key, byte[] iv, String text) throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
    byte[] body = cipher.doFinal(text.getBytes(StandardCharsets.US_ASCII));
    return ByteBuffer.allocate(iv.length + body.length).put(iv).put(body).array();
  }

  @Test
  void aCodeIsFoundUnderEveryConfiguredHashKeyIncludingPlainLegacyHashes() {
    PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");
    DataProtection protection =
        new DataProtection(KeyRing.of("a", A), KeyRing.of("legacy", A).rotatedTo("h2", H));

    assertThat(protection.keyedHash(code)).isEqualTo("h2:" + hmac(H, "131052-308T"));
    assertThat(protection.keyedHashes(code))
        .containsExactly(
            "h2:" + hmac(H, "131052-308T"),
            "legacy:" + hmac(A, "131052-308T"),
            hmac(A, "131052-308T"));
  }

  private static String hmac(byte[] key, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
