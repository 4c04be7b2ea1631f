package fi.aso.application.minutes;

import fi.aso.domain.clientcase.Referral;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What minutes say, frozen as JSON in the minutes version: the group (its region's name; absent in
 * minutes made before it was recorded), the meeting, and per client slot the topic notes, the
 * assessment, the decisions, who took part and the actions. Per-recipient copies are cut from this,
 * never from the live records.
 *
 * <p>JSON-B writes the records as they are: the field names are the JSON names, {@code Instant}s
 * and {@code LocalDate}s are ISO-8601 strings, nulls are written, and the fields come in the order
 * they are declared (spelled out with {@code @JsonbPropertyOrder}: JSON-B would otherwise sort
 * them). That is the shape approved minutes were frozen in before JSON-B, so never rename a field:
 * old versions must keep reading (a field missing from an old document reads as null, as {@code
 * group} does).
 */
@JsonbPropertyOrder({"group", "start", "end", "place", "slots"})
public record MinutesContent(
    String group, Instant start, Instant end, String place, List<SlotPart> slots) {

  /** One client's part. */
  @JsonbPropertyOrder({
    "caseId",
    "reference",
    "clientName",
    "start",
    "end",
    "notes",
    "housingForm",
    "support",
    "decisions",
    "attendees",
    "actions"
  })
  public record SlotPart(
      long caseId,
      String reference,
      String clientName,
      Instant start,
      Instant end,
      Map<Referral.Topic, String> notes,
      String housingForm,
      String support,
      String decisions,
      List<Person> attendees,
      List<Action> actions) {

    /** Notes in the topics' order, as the meeting-day record gives them and the PDF shows them. */
    public SlotPart {
      Map<Referral.Topic, String> ordered = new EnumMap<>(Referral.Topic.class);
      ordered.putAll(notes);
      notes = Collections.unmodifiableMap(ordered);
    }
  }

  /** A participant and how they took part. */
  @JsonbPropertyOrder({"name", "organisationId", "organisation", "attendance", "statement"})
  public record Person(
      String name, Long organisationId, String organisation, String attendance, String statement) {}

  /** An agreed action. */
  @JsonbPropertyOrder({"what", "who", "organisationId", "due", "status"})
  public record Action(
      String what, String who, Long organisationId, LocalDate due, String status) {}

  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  public String toJson() {
    return JSON.toJson(this);
  }

  public static MinutesContent fromJson(String json) {
    return JSON.fromJson(json, MinutesContent.class);
  }
}
