package fi.aso.application.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.domain.clientcase.Referral;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinutesContentTest {

  private static final Instant NINE = Instant.parse("2027-02-01T07:00:00Z");

  @Test
  void survivesTheRoundTripThroughJson() {
    MinutesContent content =
        new MinutesContent(
            "Joensuu",
            NINE,
            NINE.plusSeconds(3600),
            "Toimisto \"A\"",
            List.of(
                new MinutesContent.SlotPart(
                    7,
                    "ASO-7",
                    "Åsa Öberg",
                    NINE,
                    NINE.plusSeconds(2700),
                    Map.of(Referral.Topic.WISHES, "Oma <b>koti</b>"),
                    "SUPPORTED_HOUSING",
                    null,
                    "Päätös",
                    List.of(new MinutesContent.Person("Kalle", 3L, "Kodit", "PRESENT", null)),
                    List.of(
                        new MinutesContent.Action(
                            "Tarjoa", null, 3L, LocalDate.of(2027, 3, 1), "OPEN")))));

    assertThat(MinutesContent.fromJson(content.toJson())).isEqualTo(content);
  }

  @Test
  void readsMinutesFrozenBeforeTheGroupWasRecorded() {
    MinutesContent content =
        new MinutesContent("Joensuu", NINE, NINE.plusSeconds(3600), "Toimisto", List.of());
    String older = content.toJson().replace("\"group\":\"Joensuu\",", "");

    assertThat(older).doesNotContain("group");
    assertThat(MinutesContent.fromJson(older).group()).isNull();
    assertThat(MinutesContent.fromJson(older).place()).isEqualTo("Toimisto");
  }
}
