package fi.aso.application.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.minutes.MinutesChanges.Change;
import fi.aso.application.minutes.MinutesChanges.Part;
import fi.aso.domain.clientcase.Referral;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MinutesChangesTest {

  private static final Instant NINE = Instant.parse("2027-02-01T07:00:00Z");

  @Test
  void namesAddedAndRemovedClientsAndChangedPartsButNotBlankVersusMissing() {
    MinutesContent before =
        new MinutesContent(
            "Joensuu",
            NINE,
            NINE.plusSeconds(7200),
            "Toimisto",
            List.of(
                slot(1, "ASO-1", Map.of(Referral.Topic.WISHES, "Oma asunto"), "", List.of()),
                slot(2, "ASO-2", Map.of(), "Päätös", List.of())));
    MinutesContent after =
        new MinutesContent(
            "Joensuu",
            NINE,
            NINE.plusSeconds(7200),
            "Video",
            List.of(
                slot(
                    1,
                    "ASO-1",
                    Map.of(
                        Referral.Topic.WISHES,
                        "Oma asunto ",
                        Referral.Topic.CREDIT_RECORD,
                        "Häiriö"),
                    null,
                    List.of(
                        new MinutesContent.Action(
                            "Hae tukea", null, null, LocalDate.of(2027, 3, 1), "OPEN"))),
                slot(3, "ASO-3", Map.of(), null, List.of())));

    assertThat(MinutesChanges.between(before, after))
        .containsExactly(
            new Change(null, Part.MEETING, null),
            new Change("ASO-1", Part.NOTES, Referral.Topic.CREDIT_RECORD),
            new Change("ASO-1", Part.ACTIONS, null),
            new Change("ASO-3", Part.SLOT_ADDED, null),
            new Change("ASO-2", Part.SLOT_REMOVED, null));
    assertThat(MinutesChanges.between(after, after)).isEmpty();
  }

  private static MinutesContent.SlotPart slot(
      long caseId,
      String reference,
      Map<Referral.Topic, String> notes,
      String decisions,
      List<MinutesContent.Action> actions) {
    return new MinutesContent.SlotPart(
        caseId,
        reference,
        "Asiakas " + caseId,
        NINE,
        NINE.plusSeconds(2700),
        notes,
        null,
        null,
        decisions,
        List.of(),
        actions);
  }
}
