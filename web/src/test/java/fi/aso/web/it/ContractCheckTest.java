package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check finds what breaks the document, and lets pass what keeps it. */
class ContractCheckTest {

  static final String DOCUMENT =
      """
      openapi: 3.1.0
      info: {title: t, version: "1"}
      paths:
        /api/v1/things/{id}:
          get:
            operationId: getThing
            tags: [things]
            parameters:
            - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
            responses:
              "200":
                description: OK
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Thing"}
              "404":
                $ref: "#/components/responses/NotFound"
        /api/v1/things/{id}/pdf:
          get:
            operationId: getThingPdf
            tags: [things]
            parameters:
            - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
            responses:
              "200":
                description: OK
                content:
                  application/pdf:
                    schema: {type: string, format: binary}
              "404":
                $ref: "#/components/responses/NotFound"
      components:
        responses:
          NotFound:
            description: not found
            content:
              application/problem+json:
                schema: {$ref: "#/components/schemas/Problem"}
        schemas:
          Thing:
            type: object
            additionalProperties: false
            required: [id, state]
            properties:
              id: {type: integer, format: int64}
              state: {type: string, enum: [OPEN, DONE]}
              due: {type: string, format: date}
          Problem:
            type: object
            required: [status, code]
            properties:
              status: {type: integer}
              code: {type: string}
      """;

  private final ContractCheck check = new ContractCheck(DOCUMENT);

  private static ApiExchanges.Exchange answer(String path, int status, String type, String body) {
    return new ApiExchanges.Exchange(
        "GET",
        URI.create("http://127.0.0.1:8080" + path),
        status,
        Map.of("Content-Type", List.of(type), "X-Content-Type-Options", List.of("nosniff")),
        body,
        "ContractCheckTest");
  }

  private static ApiExchanges.Exchange thing(String body) {
    return answer("/api/v1/things/7", 200, "application/json", body);
  }

  @Test
  void anAnswerAsDocumentedPasses() {
    assertThat(check.mismatches(thing("{\"id\":7,\"state\":\"OPEN\",\"due\":\"2026-12-16\"}")))
        .isEmpty();
    assertThat(
            check.mismatches(
                answer(
                    "/api/v1/things/8",
                    404,
                    "application/problem+json",
                    "{\"status\":404,\"code\":\"notFound\"}")))
        .isEmpty();
    assertThat(
            check.mismatches(
                answer("/api/v1/things/7/pdf", 200, "application/pdf", "(1234 bytes)")))
        .isEmpty();
  }

  @Test
  void aValueOutsideItsEnumIsAMismatch() {
    assertThat(check.mismatches(thing("{\"id\":7,\"state\":\"LOST\"}"))).isNotEmpty();
  }

  @Test
  void anIdAsTextIsAMismatch() {
    assertThat(check.mismatches(thing("{\"id\":\"7\",\"state\":\"OPEN\"}"))).isNotEmpty();
  }

  @Test
  void aMissingRequiredFieldOrAnUndocumentedOneIsAMismatch() {
    assertThat(check.mismatches(thing("{\"id\":7}"))).isNotEmpty();
    assertThat(check.mismatches(thing("{\"id\":7,\"state\":\"OPEN\",\"secret\":\"x\"}")))
        .isNotEmpty();
  }

  @Test
  void aDateThatIsNoDateIsAMismatch() {
    assertThat(check.mismatches(thing("{\"id\":7,\"state\":\"OPEN\",\"due\":\"16.12.2026\"}")))
        .isNotEmpty();
  }

  @Test
  void aStatusTheOperationDoesNotDocumentIsAMismatch() {
    assertThat(
            check.mismatches(
                answer(
                    "/api/v1/things/7",
                    500,
                    "application/problem+json",
                    "{\"status\":500,\"code\":\"server.error\"}")))
        .isNotEmpty();
  }

  @Test
  void aPdfWithACharsetIsAMismatch() {
    assertThat(
            check.mismatches(
                answer(
                    "/api/v1/things/7/pdf", 200, "application/pdf;charset=UTF-8", "(1234 bytes)")))
        .anySatisfy(m -> assertThat(m).contains("charset"));
  }

  @Test
  void onlyA400MayComeFromTheServerBeforeThePlatform() {
    var bare =
        new ApiExchanges.Exchange(
            "GET", URI.create("http://127.0.0.1:8080/api/v1/things/%00"), 400, Map.of(), null, "t");
    assertThat(check.mismatches(bare)).isEmpty();
    var other =
        new ApiExchanges.Exchange(
            "GET", URI.create("http://127.0.0.1:8080/api/v1/things/7"), 200, Map.of(), null, "t");
    assertThat(check.mismatches(other)).isNotEmpty();
    var withBody =
        new ApiExchanges.Exchange(
            "GET",
            URI.create("http://127.0.0.1:8080/api/v1/things/7"),
            200,
            Map.of("Content-Type", List.of("application/json")),
            "{\"id\":\"7\"}",
            "t");
    assertThat(check.mismatches(withBody)).as("a body is checked, headers or not").isNotEmpty();
  }

  @Test
  void anUndocumentedAddressMayOnlyAnswerAProblem() {
    assertThat(
            check.mismatches(
                answer(
                    "/api/v1/nothing",
                    404,
                    "application/problem+json",
                    "{\"status\":404,\"code\":\"notFound\"}")))
        .isEmpty();
    assertThat(check.mismatches(answer("/api/v1/nothing", 200, "application/json", "{}")))
        .isNotEmpty();
  }
}
