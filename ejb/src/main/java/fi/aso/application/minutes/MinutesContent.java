package fi.aso.application.minutes;

import fi.aso.domain.clientcase.Referral;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What minutes say, frozen as JSON in the minutes version: the group (its region's name; absent in
 * minutes made before it was recorded), the meeting, and per client slot the topic notes, the
 * assessment, the decisions, who took part and the actions. Per-recipient copies are cut from this,
 * never from the live records.
 */
public record MinutesContent(
    String group, Instant start, Instant end, String place, List<SlotPart> slots) {

  /** One client's part. */
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
      List<Action> actions) {}

  /** A participant and how they took part. */
  public record Person(
      String name, Long organisationId, String organisation, String attendance, String statement) {}

  /** An agreed action. */
  public record Action(
      String what, String who, Long organisationId, LocalDate due, String status) {}

  public String toJson() {
    JsonArrayBuilder slotArray = Json.createArrayBuilder();
    for (SlotPart s : slots) {
      JsonObjectBuilder notes = Json.createObjectBuilder();
      s.notes().forEach((topic, text) -> notes.add(topic.name(), text));
      JsonArrayBuilder people = Json.createArrayBuilder();
      s.attendees()
          .forEach(
              p ->
                  people.add(
                      object()
                          .add("name", text(p.name()))
                          .add("organisationId", number(p.organisationId()))
                          .add("organisation", text(p.organisation()))
                          .add("attendance", text(p.attendance()))
                          .add("statement", text(p.statement()))));
      JsonArrayBuilder actions = Json.createArrayBuilder();
      s.actions()
          .forEach(
              a ->
                  actions.add(
                      object()
                          .add("what", a.what())
                          .add("who", text(a.who()))
                          .add("organisationId", number(a.organisationId()))
                          .add("due", a.due().toString())
                          .add("status", a.status())));
      slotArray.add(
          object()
              .add("caseId", s.caseId())
              .add("reference", s.reference())
              .add("clientName", s.clientName())
              .add("start", s.start().toString())
              .add("end", s.end().toString())
              .add("notes", notes)
              .add("housingForm", text(s.housingForm()))
              .add("support", text(s.support()))
              .add("decisions", text(s.decisions()))
              .add("attendees", people)
              .add("actions", actions));
    }
    return object()
        .add("group", text(group))
        .add("start", start.toString())
        .add("end", end.toString())
        .add("place", place)
        .add("slots", slotArray)
        .build()
        .toString();
  }

  public static MinutesContent fromJson(String json) {
    JsonObject root = Json.createReader(new StringReader(json)).readObject();
    List<SlotPart> slots =
        root.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
            .map(
                s -> {
                  Map<Referral.Topic, String> notes = new EnumMap<>(Referral.Topic.class);
                  s.getJsonObject("notes")
                      .forEach(
                          (topic, text) ->
                              notes.put(
                                  Referral.Topic.valueOf(topic),
                                  ((jakarta.json.JsonString) text).getString()));
                  List<Person> people =
                      s.getJsonArray("attendees").getValuesAs(JsonObject.class).stream()
                          .map(
                              p ->
                                  new Person(
                                      string(p, "name"),
                                      id(p, "organisationId"),
                                      string(p, "organisation"),
                                      string(p, "attendance"),
                                      string(p, "statement")))
                          .toList();
                  List<Action> actions =
                      s.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                          .map(
                              a ->
                                  new Action(
                                      a.getString("what"),
                                      string(a, "who"),
                                      id(a, "organisationId"),
                                      LocalDate.parse(a.getString("due")),
                                      a.getString("status")))
                          .toList();
                  return new SlotPart(
                      s.getJsonNumber("caseId").longValue(),
                      s.getString("reference"),
                      s.getString("clientName"),
                      Instant.parse(s.getString("start")),
                      Instant.parse(s.getString("end")),
                      notes,
                      string(s, "housingForm"),
                      string(s, "support"),
                      string(s, "decisions"),
                      people,
                      actions);
                })
            .toList();
    return new MinutesContent(
        string(root, "group"),
        Instant.parse(root.getString("start")),
        Instant.parse(root.getString("end")),
        root.getString("place"),
        slots);
  }

  private static JsonObjectBuilder object() {
    return Json.createObjectBuilder();
  }

  private static JsonValue text(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  private static JsonValue number(Long value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }

  /** A text that may be null or, in content frozen before the field existed, missing. */
  private static String string(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key) ? null : o.getString(key);
  }

  private static Long id(JsonObject o, String key) {
    return o.isNull(key) ? null : o.getJsonNumber(key).longValue();
  }
}
