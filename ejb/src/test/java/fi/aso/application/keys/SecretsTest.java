package fi.aso.application.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which secrets the platform starts with, and how it says what is missing or wrong. */
class SecretsTest {

  private static final String KEY_A = key('a');
  private static final String KEY_B = key('b');
  private static final String KEY_H = key('h');
  private static final String TOKEN = "token-secret-of-at-least-32-bytes-long";

  @Test
  void outsideADemoTheMissingDataKeyIsNamedBothWays() {
    Map<String, String> settings = settings();
    settings.remove(Secrets.DATA_KEY);

    assertThatThrownBy(() -> Secrets.read(settings, false))
        .isInstanceOf(KeyProblem.class)
        .hasMessageContaining("does not start without its secrets")
        .hasMessageContaining("ASO_SECURITY_DATA_KEY (aso.security.data-key)")
        .hasMessageNotContaining("HASH_KEY")
        .hasMessageNotContaining(KEY_H);
  }

  @Test
  void outsideADemoEveryMissingSecretIsNamedAtOnce() {
    assertThatThrownBy(() -> Secrets.read(Map.of(Secrets.DATA_KEY, "  "), false))
        .hasMessageContaining("ASO_SECURITY_DATA_KEY (aso.security.data-key)")
        .hasMessageContaining("ASO_SECURITY_HASH_KEY (aso.security.hash-key)")
        .hasMessageContaining("ASO_SECURITY_TOKEN_SECRET (aso.security.token-secret)");
  }

  @Test
  void aDemoMakesUpWhatIsMissingAndSaysSo() {
    Secrets secrets = Secrets.read(Map.of(), true);

    assertThat(secrets.madeUp())
        .containsExactly(Secrets.DATA_KEY, Secrets.HASH_KEY, Secrets.TOKEN_SECRET);
    assertThat(secrets.dataKeys().currentId()).isEqualTo("process");
    assertThat(secrets.tokenSecret()).hasSize(32);
  }

  @Test
  void keysCarryTheirIdsAndAKeyWithoutOneIsTheLegacyKey() {
    Map<String, String> settings = settings();
    settings.put(Secrets.DATA_KEY, "2027-01:" + KEY_B);
    settings.put(Secrets.DATA_KEYS_RETIRED, KEY_A + ", old-2:" + key('c'));

    Secrets secrets = Secrets.read(settings, false);

    assertThat(secrets.madeUp()).isEmpty();
    assertThat(secrets.dataKeys().ids()).containsExactly("2027-01", "legacy", "old-2");
    assertThat(secrets.hashKeys().ids()).containsExactly("h1");
  }

  @Test
  void wrongKeysAreRefusedNamingTheSettingButNeverTheKey() {
    Map<String, String> settings = settings();
    settings.put(Secrets.DATA_KEY, "a:" + Base64.getEncoder().encodeToString(new byte[16]));
    assertThatThrownBy(() -> Secrets.read(settings, false))
        .hasMessage("ASO_SECURITY_DATA_KEY (aso.security.data-key) key 'a' is 16 bytes, not 32");

    settings.put(Secrets.DATA_KEY, "a:not base64!");
    assertThatThrownBy(() -> Secrets.read(settings, false)).hasMessageContaining("not Base64");

    settings.put(Secrets.DATA_KEY, "a b:" + KEY_A);
    assertThatThrownBy(() -> Secrets.read(settings, false)).hasMessageContaining("key id");

    settings.put(Secrets.DATA_KEY, "a:" + KEY_A);
    settings.put(Secrets.DATA_KEYS_RETIRED, "a:" + KEY_B);
    assertThatThrownBy(() -> Secrets.read(settings, false))
        .hasMessageContaining("aso.security.data-keys-retired")
        .hasMessageContaining("names key 'a' twice")
        .hasMessageNotContaining(KEY_B);

    settings.remove(Secrets.DATA_KEYS_RETIRED);
    settings.put(Secrets.TOKEN_SECRET, "short");
    assertThatThrownBy(() -> Secrets.read(settings, false))
        .hasMessageContaining("ASO_SECURITY_TOKEN_SECRET")
        .hasMessageContaining("at least 32 bytes");
  }

  @Test
  void sealingAndHashingNeverShareAKey() {
    Map<String, String> settings = settings();
    settings.put(Secrets.HASH_KEY, "h:" + KEY_A);

    assertThatThrownBy(() -> Secrets.read(settings, false))
        .hasMessageContaining("ASO_SECURITY_HASH_KEY (aso.security.hash-key) must not be the same");
  }

  @Test
  void retiredKeysWithoutACurrentOneAreRefusedEvenInADemo() {
    assertThatThrownBy(() -> Secrets.read(Map.of(Secrets.DATA_KEYS_RETIRED, "a:" + KEY_A), true))
        .hasMessageContaining("aso.security.data-key) is not set, but");
  }

  private static Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>();
    settings.put(Secrets.DATA_KEY, "a:" + KEY_A);
    settings.put(Secrets.HASH_KEY, "h1:" + KEY_H);
    settings.put(Secrets.TOKEN_SECRET, TOKEN);
    return settings;
  }

  private static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }
}
