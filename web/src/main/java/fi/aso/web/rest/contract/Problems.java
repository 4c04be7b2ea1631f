package fi.aso.web.rest.contract;

import static fi.aso.web.rest.contract.JsonSchemas.typed;

import fi.aso.web.rest.ApiError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The API's error responses in the document: one {@code Problem} schema (RFC 9457 with the
 * platform's stable {@code code}, see {@link ApiError}) and one named response per status the
 * platform answers with it, which every operation refers to.
 */
final class Problems {

  static final String SCHEMA = "Problem";

  /** Status, response name and what it means, for every error the API answers. */
  enum Status {
    BAD_REQUEST(
        400,
        "The request is not valid: a parameter or field is missing or has the wrong form, or a"
            + " rule refused it (the code names which)"),
    UNAUTHORIZED(401, "No valid bearer token (code auth.required)"),
    WRONG_CREDENTIALS(
        401,
        "The user name or password is wrong (code auth.invalidGrant, OAuth 2 error invalid_grant):"
            + " the token endpoint's own refusal, not a missing token"),
    FORBIDDEN(
        403,
        "The caller's role, region or the client's consent does not allow this (auth.forbidden,"
            + " consent.missing)"),
    NOT_FOUND(404, "Nothing at this address that the caller may see (code notFound)"),
    NOT_ACCEPTABLE(406, "The Accept header asks for a type this operation does not answer"),
    CONFLICT(
        409,
        "Changed by someone else since it was read (conflict.changed), or not allowed in this"
            + " state (e.g. case.transition, meeting.needsConfirmation)"),
    PRECONDITION_FAILED(
        412,
        "The If-Match names a version that is no longer current: changed by someone else since it"
            + " was read (code conflict.changed); nothing was changed"),
    TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_TYPE(415, "The request body's Content-Type is not one this operation takes"),
    PRECONDITION_REQUIRED(
        428,
        "The change names no version: send If-Match with the ETag read (or the version in the"
            + " body, or ?version= of a DELETE) (code version.required); nothing was changed"),
    TOO_MANY_REQUESTS(
        429,
        "Too many requests, or sign-in locked after repeated failures; Retry-After says when to"
            + " try again"),
    SERVER_ERROR(500, "An unexpected error; the detail names an incident id for the log");

    final int code;
    final String description;

    Status(int code, String description) {
      this.code = code;
      this.description = description;
    }

    String responseName() {
      String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
      StringBuilder name = new StringBuilder();
      for (String word : words) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
      return name.toString();
    }

    String reference() {
      return "#/components/responses/" + responseName();
    }
  }

  private Problems() {}

  static Schema reference() {
    return OASFactory.createSchema().ref(JsonSchemas.COMPONENTS + SCHEMA);
  }

  static Map<String, Schema> schemas() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "type",
        typed(SchemaType.STRING)
            .description("a URI naming the kind of problem; about:blank for all of them")
            .examples(List.of("about:blank")));
    properties.put("title", typed(SchemaType.STRING).examples(List.of("Changed in the meantime")));
    properties.put(
        "status",
        typed(SchemaType.INTEGER)
            .format("int32")
            .description("the HTTP status")
            .examples(List.of(409)));
    properties.put(
        "detail",
        typed(SchemaType.STRING)
            .description("what went wrong, in English")
            .examples(List.of("Read it again and repeat your change.")));
    properties.put(
        "code",
        typed(SchemaType.STRING)
            .description(
                "a stable code of the refusal (e.g. request.invalid, notFound, conflict.changed,"
                    + " consent.missing), for clients to say it in their own words")
            .examples(List.of("conflict.changed")));
    properties.put(
        "parameter",
        typed(SchemaType.STRING)
            .description("the query parameter whose value was refused, when one was")
            .examples(List.of("cursor")));
    properties.put(
        "error",
        typed(SchemaType.STRING)
            .description("only from the token endpoint: OAuth 2's error (RFC 6749, 5.2)")
            .examples(List.of("invalid_grant")));
    Schema problem =
        typed(SchemaType.OBJECT)
            .description("An error of the API: RFC 9457 problem details with a stable code")
            .properties(properties)
            .required(List.of("type", "title", "status", "detail", "code"));
    return Map.of(SCHEMA, problem);
  }

  static Map<String, APIResponse> responses() {
    Map<String, APIResponse> responses = new LinkedHashMap<>();
    for (Status status : Status.values()) {
      APIResponse response =
          OASFactory.createAPIResponse()
              .description(status.description)
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          ApiError.MEDIA_TYPE, OASFactory.createMediaType().schema(reference())));
      if (status == Status.UNAUTHORIZED) {
        response.addHeader(
            "WWW-Authenticate",
            OASFactory.createHeader().description("Bearer").schema(typed(SchemaType.STRING)));
      }
      if (status == Status.TOO_MANY_REQUESTS) {
        response.addHeader(
            "Retry-After",
            OASFactory.createHeader()
                .description("seconds to wait")
                .schema(typed(SchemaType.INTEGER).format("int32")));
      }
      responses.put(status.responseName(), response);
    }
    return responses;
  }

  /** A response that refers to the named error response of {@code status}. */
  static APIResponse of(Status status) {
    return OASFactory.createAPIResponse().ref(status.reference());
  }

  /** The error response of an HTTP status, if the API has one. */
  static java.util.Optional<Status> ofCode(int code) {
    for (Status status : Status.values()) {
      if (status.code == code) {
        return java.util.Optional.of(status);
      }
    }
    return java.util.Optional.empty();
  }
}
