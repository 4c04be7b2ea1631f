package fi.aso.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every purpose the code can record is said in words, in Finnish, Swedish and English. */
class AuditPurposesTest {

  private static final List<Path> SOURCES =
      Stream.of("src/main/java", "../web/src/main/java", "../integration/src/main/java")
          .map(Path::of)
          .filter(Files::isDirectory)
          .toList();

  @Test
  void everyPurposeTheCodeRecordsHasItsOwnWords() {
    Map<String, Set<String>> recorded = RecordedPurposes.in(SOURCES);
    // the scan finds the purposes (a broken scan would find none and prove nothing)
    assertThat(recorded)
        .containsKeys(
            "case page",
            "work list",
            "the client's own copy",
            "x to x x",
            "minutes approved vx",
            "access report PDF for the client")
        .hasSizeGreaterThan(90);

    assertThat(recorded.keySet())
        .as("purposes with no words of their own (add a pattern to AuditPurposes)")
        .allSatisfy(
            purpose ->
                assertThat(AuditPurposes.key(purpose))
                    .as(purpose + " recorded at " + recorded.get(purpose))
                    .isNotEqualTo(AuditPurposes.OTHER));
  }

  @Test
  void everyPurposeKeyHasATextInEachLanguage() throws IOException {
    // each file on its own: a bundle would quietly fall back to the Finnish one
    for (String file :
        List.of("messages.properties", "messages_sv.properties", "messages_en.properties")) {
      Properties texts = new Properties();
      try (InputStream in = getClass().getResourceAsStream("/fi/aso/i18n/" + file)) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String key : AuditPurposes.keys()) {
        assertThat(texts.getProperty(key)).as(file + ": " + key).isNotBlank();
      }
    }
  }

  @Test
  void purposesWithRunTimePartsAreKnownByTheirFixedWords() {
    assertThat(AuditPurposes.key("REST API [IDENTITY_AND_RELEASE, HOUSING_HISTORY_AND_WISHES]"))
        .isEqualTo("audit.purpose.caseRead");
    assertThat(AuditPurposes.key("INVITATION to EMAIL kalle@kodit.example"))
        .isEqualTo("audit.purpose.messageReceived");
    assertThat(AuditPurposes.key("CANCEL to EMAIL not sent: consent withdrawn"))
        .isEqualTo("audit.purpose.messageNotSent");
    assertThat(AuditPurposes.key("roles changed to [CHAIR, PARTNER]"))
        .isEqualTo("audit.purpose.staffAccount");
    assertThat(AuditPurposes.key("minutes v2 to kalle@kodit.example: [IDENTITY_AND_RELEASE]"))
        .isEqualTo("audit.purpose.minutesReceived");
    assertThat(AuditPurposes.key("something nobody wrote")).isEqualTo(AuditPurposes.OTHER);
  }
}
