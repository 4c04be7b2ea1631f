package fi.aso.application.clientdata;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.application.audit.AccessReportGroup;
import fi.aso.application.minutes.MinutesContent;
import fi.aso.domain.audit.AuditOutcome;
import fi.aso.domain.clientcase.Referral;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * docs/client-data.md describes the JSON export field by field: its field names are exactly those
 * JSON-B writes for a {@link ClientData} with every field filled (as the API writes it: JSON-B's
 * defaults), and its example uses no field the description does not have.
 */
class ClientDataSchemaDocTest {

  private static final Path DOC = Path.of("..", "docs", "client-data.md");

  /** A table row of the description: | `path` | type | meaning |. */
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|");

  private String doc;
  private Map<String, String> documented;

  @BeforeEach
  void read() throws Exception {
    doc = Files.readString(DOC);
    documented = new LinkedHashMap<>();
    for (String line : doc.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        assertThat(documented.put(row.group(1), row.group(2).strip()))
            .as("documented twice: " + row.group(1))
            .isNull();
      }
    }
  }

  @Test
  void theDocumentedFieldsAreExactlyThoseTheExportWrites() {
    String json = JsonbBuilder.create().toJson(everyFieldFilled());

    Set<String> written = new TreeSet<>();
    walk(Json.createReader(new StringReader(json)).readObject(), "", written);

    assertThat(new TreeSet<>(documented.keySet())).isEqualTo(written);
    assertThat(json).contains("\"schema\":\"" + ClientData.SCHEMA + "\"");
  }

  @Test
  void theExampleUsesOnlyDocumentedFieldsAndSaysTheSchema() {
    String example = doc.substring(doc.indexOf("```json") + 7, doc.lastIndexOf("```"));
    JsonObject parsed = Json.createReader(new StringReader(example)).readObject();

    Set<String> used = new TreeSet<>();
    walk(parsed, "", used);

    assertThat(documented.keySet()).containsAll(used);
    assertThat(parsed.getString("schema")).isEqualTo(ClientData.SCHEMA);
  }

  /** Every field's path: objects' fields after a dot, arrays' elements as []; maps are leaves. */
  private void walk(JsonObject object, String prefix, Set<String> paths) {
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      paths.add(path);
      if (documented.getOrDefault(path, "").startsWith("map")) {
        continue;
      }
      JsonValue value = field.getValue();
      if (value instanceof JsonObject inner) {
        walk(inner, path, paths);
      } else if (value instanceof JsonArray array) {
        for (JsonValue element : array) {
          if (element instanceof JsonObject inner) {
            walk(inner, path + "[]", paths);
          }
        }
      }
    }
  }

  private static ClientData everyFieldFilled() {
    Instant t = Instant.parse("2026-12-07T08:00:00Z");
    LocalDate d = LocalDate.of(2027, 3, 1);
    Map<String, String> referral = Map.of("WISHES", "oma asunto");
    MinutesContent.SlotPart part =
        new MinutesContent.SlotPart(
            42,
            "ASO-2026-0042",
            "Matti Meikäläinen",
            t,
            t,
            Map.of(Referral.Topic.WISHES, "lähelle tytärtä"),
            "SUPPORTED_HOUSING",
            "ohjaaja",
            "haetaan",
            List.of(new MinutesContent.Person("Kalle", 3L, "Kodit", "PRESENT", "vapautuu")),
            List.of(new MinutesContent.Action("hakemus", "Kalle", 3L, d, "OPEN")));
    return new ClientData(
        ClientData.SCHEMA,
        t,
        new ClientData.Client(
            42,
            "ASO-2026-0042",
            "Matti Meikäläinen",
            d,
            "PRISONER",
            "Joensuun vankila",
            d,
            "CLOSED",
            t,
            referral,
            "HOUSED",
            "muutti"),
        List.of(new ClientData.StateChange("REFERRED", "CONSENT_PENDING", t, "syy")),
        List.of(
            new ClientData.ConsentVersion(
                1,
                "PAPER",
                t,
                d,
                t,
                t,
                List.of(new ClientData.Recipient("Kodit", List.of("IDENTITY_AND_RELEASE"), t)),
                new ClientData.Scan("s.pdf", "application/pdf", 10, t))),
        List.of(
            new ClientData.Meeting(
                t,
                t,
                "paikka",
                "PLANNED",
                "asialista",
                "IN_PERSON",
                List.of(new ClientData.Invitee("Kodit", "ACCEPTED", "PRESENT")),
                "SUPPORTED_HOUSING",
                "tuki",
                "päätös",
                Map.of("WISHES", "muistiinpano"))),
        List.of(new ClientData.MinutesPart(t, 1, "APPROVED", part)),
        List.of(new ClientData.Action("hakemus", "Kalle", "Kodit", d, "DONE", "jätetty")),
        List.of(new ClientData.FollowUp("AT_RELEASE", d, true, "vuokralla", "OTHER", true, "ok")),
        List.of(
            new AccessReportGroup(
                "Veera",
                "Toimisto",
                "katsoi",
                "kerran",
                t,
                t,
                1,
                AuditOutcome.SUCCESS,
                "s2",
                "o1",
                "case page")));
  }
}
