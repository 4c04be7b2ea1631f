package fi.aso.web.rest.contract;

import static fi.aso.web.rest.contract.JsonSchemas.typed;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Optimistic concurrency in the document ({@code fi.aso.web.rest.EntityTags}): one {@code ETag}
 * header that a versioned operation's successes answer, and one {@code If-Match} parameter that its
 * writes take, each described once among the components and referred to by the operations.
 */
final class Preconditions {

  static final String HEADER = "ETag";
  static final String PARAMETER = "IfMatch";

  private Preconditions() {}

  static Map<String, Header> headers() {
    return Map.of(
        HEADER,
        OASFactory.createHeader()
            .description(
                "The version as a strong entity tag (e.g. \"7\"; a change of a meeting's slots"
                    + " and invitees answers the meeting's): the If-Match of the next change")
            .schema(typed(SchemaType.STRING).examples(List.of("\"7\""))));
  }

  static Map<String, Parameter> parameters() {
    return Map.of(
        PARAMETER,
        OASFactory.createParameter()
            .name(HttpHeaders.IF_MATCH)
            .in(Parameter.In.HEADER)
            .required(false)
            .description(
                "The ETag read (e.g. \"7\"; one strong tag), naming the version the change is"
                    + " based on, instead of the version in the body (or ?version= of a DELETE);"
                    + " both given must be equal (else 400 version.mismatch). A stale one answers"
                    + " 412 and changes nothing; a change naming no version either way answers"
                    + " 428 (but a slot record's first save names none)")
            .schema(typed(SchemaType.STRING).examples(List.of("\"7\""))));
  }

  static Header etag() {
    return OASFactory.createHeader().ref("#/components/headers/" + HEADER);
  }

  static Parameter ifMatch() {
    return OASFactory.createParameter().ref("#/components/parameters/" + PARAMETER);
  }
}
