package fi.aso.web.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Holds the API's answers against its published OpenAPI document with Atlassian's
 * openapi-request-validator: the status must be one the operation documents, the Content-Type one
 * it names, the body valid against its schema (types, formats, enums, required and no undocumented
 * fields). Two rules of the platform's own go with it: a binary body (a PDF, a scan) carries no
 * charset, and an address the document does not name answers only errors in problem+json.
 */
final class ContractCheck {

  /** Answers to requests outside the documented operations that are fine: errors as problems. */
  private static final Set<String> UNKNOWN_OPERATION =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private final OpenApiInteractionValidator validator;

  /** A check against the document's text (YAML or JSON). */
  ContractCheck(String document) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
  }

  /** Each answer that the document does not describe, with why; empty when all are. */
  List<String> mismatches(List<ApiExchanges.Exchange> exchanges) {
    List<String> found = new ArrayList<>();
    for (ApiExchanges.Exchange exchange : exchanges) {
      for (String problem : mismatches(exchange)) {
        found.add(exchange.kind() + ": " + problem);
      }
    }
    return found;
  }

  List<String> mismatches(ApiExchanges.Exchange exchange) {
    List<String> found = new ArrayList<>();
    String type = exchange.contentType();
    if (type != null && binary(type) && type.toLowerCase(Locale.ROOT).contains("charset")) {
      found.add("a binary body with a charset: " + type);
    }
    if (beforeThePlatform(exchange)) {
      // the server refused the request line itself (a NUL or bytes that are no UTF-8 in the
      // address) before any of the platform's code saw it: a bare 400 is all there is
      if (exchange.status() != 400) {
        found.add("answered by the server, not the platform, with " + exchange.status());
      }
      return found;
    }
    Request.Method method;
    try {
      method = Request.Method.valueOf(exchange.method().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return found; // a method HTTP has but OpenAPI does not describe (the fuzz test's)
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(exchange.status());
    for (Map.Entry<String, List<String>> header : exchange.headers().entrySet()) {
      if (header.getKey() != null && !header.getKey().startsWith(":")) {
        response.withHeader(header.getKey(), header.getValue());
      }
    }
    if (exchange.body() != null && !exchange.body().isEmpty()) {
      response.withBody(exchange.body());
    }
    ValidationReport report =
        validator.validateResponse(exchange.uri().getRawPath(), method, response.build());
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      if (UNKNOWN_OPERATION.contains(message.getKey())) {
        if (exchange.status() < 400
            || type == null
            || !type.startsWith("application/problem+json")) {
          found.add("an operation the document does not name answered " + exchange.status());
        }
        continue;
      }
      String at =
          message
              .getContext()
              .flatMap(ValidationReport.MessageContext::getPointers)
              .map(pointers -> " at " + pointers.getInstance())
              .orElse("");
      found.add(message.getKey() + at + ": " + message.getMessage());
    }
    return found;
  }

  /**
   * Whether the answer came from the server before the platform: a bare answer without the security
   * headers that the platform's outermost filter sets (SecurityHeadersFilter). The sign-in
   * mechanism answers before the filters too, but with a problem body, which is checked.
   */
  static boolean beforeThePlatform(ApiExchanges.Exchange exchange) {
    return (exchange.body() == null || exchange.body().isEmpty())
        && exchange.headers().keySet().stream()
            .noneMatch(name -> name != null && name.equalsIgnoreCase("X-Content-Type-Options"));
  }

  private static boolean binary(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return t.startsWith("application/pdf")
        || t.startsWith("image/")
        || t.startsWith("application/octet-stream");
  }
}
