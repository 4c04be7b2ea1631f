package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.aso.web.rest.v1.CasesResource;
import fi.aso.web.rest.v1.ConsentsResource;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuzz test's generator, without a server: reproducible, and it reaches every field. */
class MutationsTest {

  private static final String CASE =
      "{\"fullName\":\"Aino\",\"dateOfBirth\":\"1985-03-14\",\"kind\":\"PRISONER\","
          + "\"institutionId\":7}";

  @Test
  void theSameSeedMakesTheSameAttempts() {
    List<Mutations.Attempt> first = attempts(42);
    List<Mutations.Attempt> again = attempts(42);
    List<Mutations.Attempt> other = attempts(43);
    assertThat(again).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(again.get(i).label()).isEqualTo(first.get(i).label());
      assertThat(again.get(i).body()).isEqualTo(first.get(i).body());
    }
    assertThat(other.stream().map(Mutations.Attempt::body).toList())
        .as("another seed makes other random values")
        .anySatisfy(
            b -> assertThat(first.stream().map(Mutations.Attempt::body)).noneMatch(b::equals));
  }

  @Test
  void everyFieldOfTheRecordIsMutatedEvenWhenTheValidBodyLeavesItOut() {
    List<String> labels = attempts(1).stream().map(Mutations.Attempt::label).toList();
    for (var component : CasesResource.NewCase.class.getRecordComponents()) {
      assertThat(labels).anyMatch(l -> l.startsWith(component.getName() + ": "));
    }
    // a map's values are text: every hostile text goes into a topic
    assertThat(labels)
        .contains("referral.PREVIOUS_HOUSING: script", "kind: a typo", "kind: lower case");
    // nested records in a list
    List<String> consent =
        new Mutations(1)
                .fields(
                    Mutations.parse(
                        "{\"validUntil\":\"2027-01-01\",\"grants\":[{\"organisationId\":3,"
                            + "\"categories\":[\"IDENTITY_AND_RELEASE\"]}]}"),
                    ConsentsResource.PaperConsent.class)
                .stream()
                .map(Mutations.Attempt::label)
                .toList();
    assertThat(consent)
        .contains(
            "grants[0].organisationId: a string",
            "grants[0].categories: an unknown choice",
            "validUntil: date 1.1.1990");
  }

  @Test
  void aFieldIsReplacedInPlaceAndTheRestOfTheBodyIsKept() {
    Mutations.Attempt nul =
        attempts(1).stream()
            .filter(a -> a.label().equals("fullName: NUL"))
            .findFirst()
            .orElseThrow();
    String body = new String(nul.body(), StandardCharsets.UTF_8);
    jakarta.json.JsonObject o = Json.createReader(new java.io.StringReader(body)).readObject();
    assertThat(o.getString("fullName")).isEqualTo("a\u0000b");
    assertThat(o.getString("kind")).isEqualTo("PRISONER");
    assertThat(o.getInt("institutionId")).isEqualTo(7);
    Mutations.Attempt invalid =
        attempts(1).stream()
            .filter(a -> a.label().equals("fullName: invalid UTF-8"))
            .findFirst()
            .orElseThrow();
    assertThat(invalid.body()).contains((byte) 0xFF);
  }

  @Test
  void theOperationsAreReadFromTheWarsClasses() {
    ApiOperations operations = ApiOperations.read();
    assertThat(operations.find("POST", "/api/v1/cases"))
        .hasValueSatisfying(
            o -> {
              assertThat(o.bodyType()).isEqualTo(CasesResource.NewCase.class);
              assertThat(o.takesJson()).isTrue();
              assertThat(o.roles()).contains("CHAIR", "CASE_WORKER");
            });
    assertThat(operations.find("PUT", "/api/v1/cases/{caseId}/consents/{version}/scan"))
        .hasValueSatisfying(
            o -> {
              assertThat(o.takesJson()).isFalse();
              assertThat(o.consumes()).contains("application/pdf");
            });
    assertThat(operations.find("GET", "/api/v1/busy-times"))
        .hasValueSatisfying(o -> assertThat(o.query()).containsKeys("from", "to"));
    assertThat(operations.find("POST", "/api/v1/auth/token"))
        .hasValueSatisfying(o -> assertThat(o.permitAll()).isTrue());
    int variants = 0;
    for (var o : operations.all()) {
      if (o.takesJson()) {
        Mutations m = new Mutations(1);
        variants +=
            m.wholeBody("{}").size()
                + m.fields(Json.createObjectBuilder().build(), o.bodyType()).size();
      }
    }
    assertThat(variants).as("variants of the API's JSON bodies").isGreaterThan(2_000);
  }

  private static List<Mutations.Attempt> attempts(long seed) {
    Mutations m = new Mutations(seed);
    List<Mutations.Attempt> all = new java.util.ArrayList<>(m.wholeBody(CASE));
    all.addAll(m.fields(Mutations.parse(CASE), CasesResource.NewCase.class));
    return all;
  }
}
