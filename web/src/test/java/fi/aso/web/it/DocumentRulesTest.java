package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The document's rules pass a complete document and name what an incomplete one lacks. */
class DocumentRulesTest {

  @Test
  void aCompleteDocumentKeepsTheRules() {
    assertThat(DocumentRules.broken(ContractCheckTest.DOCUMENT)).isEmpty();
  }

  @Test
  void anUntypedBodyARepeatedOperationIdAndAMissingErrorAreNamed() {
    String thin =
        """
        openapi: 3.1.0
        info: {title: t, version: "1"}
        paths:
          /api/v1/a:
            get:
              operationId: list
              responses:
                default:
                  description: Default Response.
                  content:
                    application/json:
                      schema: {type: object}
          /api/v1/b/{id}:
            post:
              operationId: list
              tags: [b]
              parameters:
              - {name: id, in: path, required: true, schema: {type: number}}
              - {$ref: "#/components/parameters/Nowhere"}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        due: {}
              responses:
                "204": {description: done}
        x-undescribed: ["POST /api/v1/b/{id}: returns a Response"]
        """;

    assertThat(DocumentRules.broken(thin))
        .anySatisfy(b -> assertThat(b).contains("could not describe"))
        .anySatisfy(b -> assertThat(b).contains("GET /api/v1/a: no tag"))
        .anySatisfy(b -> assertThat(b).contains("an object without properties"))
        .anySatisfy(b -> assertThat(b).contains("operationId list repeats"))
        .anySatisfy(b -> assertThat(b).contains("POST /api/v1/b/{id}: no error response"))
        .anySatisfy(b -> assertThat(b).contains("GET /api/v1/a: no success response"))
        .anySatisfy(b -> assertThat(b).contains("request body application/json.due: untyped"))
        .anySatisfy(b -> assertThat(b).contains("id parameter id is not an int64"))
        .anySatisfy(b -> assertThat(b).contains("a reference to no parameter"));
  }
}
