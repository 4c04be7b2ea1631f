package fi.aso.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the platform publishes at /openapi is one a client can be generated from
 * ({@link DocumentRules}): typed bodies, unique operation ids, tags, error responses, int64 ids.
 * (That every answer of the API tests matches it is {@link ContractExtension}'s part.)
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

  @ArquillianResource URL deployed;

  @Test
  void thePublishedDocumentDescribesEveryOperationCompletely() throws Exception {
    WebClient web = new WebClient(Platform.base(deployed));
    HttpResponse<String> yaml = web.get("openapi");
    assertThat(yaml.statusCode()).as(yaml.body()).isEqualTo(200);
    // kept for a reader (and a generator) to look at after the run
    Files.writeString(Path.of("target/openapi.yaml"), yaml.body());

    assertThat(DocumentRules.broken(yaml.body())).isEmpty();
    assertThat(DocumentRules.operations(yaml.body()))
        .as("the operations of the token endpoint, the caller and v1 are all there")
        .contains("POST /api/v1/auth/token", "GET /api/v1/me", "POST /api/v1/meetings");
  }

  /**
   * The Java client of GeneratedClientIT is generated at build time, before any server runs, from
   * the checked-in copy docs/openapi.yaml; this keeps that copy the document the WAR serves. When
   * the API changes, the copy is renewed from the run's web/target/openapi.yaml (and the change to
   * it read in review, as what integrators will see).
   */
  @Test
  void theCheckedInDocumentIsTheServedOne() throws Exception {
    WebClient web = new WebClient(Platform.base(deployed));
    String served = web.get("openapi").body();
    Files.writeString(Path.of("target/openapi.yaml"), served);
    Path checkedIn = Path.of("../docs/openapi.yaml");
    String copy = Files.exists(checkedIn) ? Files.readString(checkedIn) : "(none)";
    if (sameDocument(copy, served)) {
      return;
    }

    assertThat(copy)
        .as(
            "docs/openapi.yaml, from which the client is generated, is the served document:"
                + " after checking the change, cp web/target/openapi.yaml docs/openapi.yaml")
        .isEqualTo(served);
  }

  /**
   * The same document, whatever order a path's operations come in: Payara's scanner lists a path's
   * GET and POST in either order from one deployment to the next, which changes no generated line.
   */
  private static boolean sameDocument(String copy, String served) {
    try {
      var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
      return yaml.readTree(copy).equals(yaml.readTree(served));
    } catch (java.io.IOException unreadable) {
      return false;
    }
  }

  @Test
  void theJsonDocumentSaysTheSame() throws Exception {
    WebClient web = new WebClient(Platform.base(deployed));
    HttpResponse<String> json = web.get("openapi?format=JSON");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(DocumentRules.broken(json.body())).isEmpty();
  }
}
