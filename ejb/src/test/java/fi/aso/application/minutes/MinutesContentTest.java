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

  /** Exactly what the hand-written JSON code wrote before JSON-B, as approved minutes keep it. */
  private static final String FROZEN_BEFORE_JSON_B =
      """
      {"group":"Joensuu","start":"2025-11-04T07:00:00Z","end":"2025-11-04T08:30:00Z","place":"Probation office, room 2","slots":[{"caseId":17,"reference":"ASO-2025-017","clientName":"Áile Ŋuolja-Čáhppes","start":"2025-11-04T07:00:00Z","end":"2025-11-04T07:45:00Z","notes":{"PREVIOUS_HOUSING":"Vuokrarästejä \\"n. 800 €\\"\\nrivi 2","OTHER_SUPPORT_NEEDS":"Åsa: <ok>"},"housingForm":"SUPPORTED_HOUSING","support":null,"decisions":"Haetaan tuettua asumista.","attendees":[{"name":"Kalle Kotinen","organisationId":3,"organisation":"Joensuun Kodit","attendance":"PRESENT","statement":"Asunto vapautuu 1.12."},{"name":"Client","organisationId":null,"organisation":null,"attendance":null,"statement":null}],"actions":[{"what":"Tarjoa asuntoa","who":null,"organisationId":3,"due":"2025-12-01","status":"OPEN"}]}]}\
      """;

  @Test
  void readsMinutesFrozenByTheHandWrittenJsonAndWritesTheSameShape() {
    Instant nine = Instant.parse("2025-11-04T07:00:00Z");
    MinutesContent expected =
        new MinutesContent(
            "Joensuu",
            nine,
            nine.plusSeconds(5400),
            "Probation office, room 2",
            List.of(
                new MinutesContent.SlotPart(
                    17,
                    "ASO-2025-017",
                    "Áile Ŋuolja-Čáhppes",
                    nine,
                    nine.plusSeconds(2700),
                    Map.of(
                        Referral.Topic.PREVIOUS_HOUSING,
                        "Vuokrarästejä \"n. 800 €\"\nrivi 2",
                        Referral.Topic.OTHER_SUPPORT_NEEDS,
                        "Åsa: <ok>"),
                    "SUPPORTED_HOUSING",
                    null,
                    "Haetaan tuettua asumista.",
                    List.of(
                        new MinutesContent.Person(
                            "Kalle Kotinen",
                            3L,
                            "Joensuun Kodit",
                            "PRESENT",
                            "Asunto vapautuu 1.12."),
                        new MinutesContent.Person("Client", null, null, null, null)),
                    List.of(
                        new MinutesContent.Action(
                            "Tarjoa asuntoa", null, 3L, LocalDate.of(2025, 12, 1), "OPEN")))));

    MinutesContent read = MinutesContent.fromJson(FROZEN_BEFORE_JSON_B);

    assertThat(read).isEqualTo(expected);
    assertThat(read.slots().get(0).notes().keySet())
        .containsExactly(Referral.Topic.PREVIOUS_HOUSING, Referral.Topic.OTHER_SUPPORT_NEEDS);
    assertThat(read.toJson()).isEqualTo(FROZEN_BEFORE_JSON_B);
  }
}
