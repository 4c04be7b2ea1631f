package fi.aso.web.rest.v1;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.meeting.NeedsConfirmation;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.network.NotPermitted;
import fi.aso.application.search.InvalidParameter;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.IllegalCaseTransition;
import fi.aso.domain.minutes.SecondPersonNeeded;
import fi.aso.web.rest.ApiError;
import fi.aso.web.rest.ConditionalWrites;
import fi.aso.web.rest.EntityTags;
import fi.aso.web.rest.UnexpectedErrors;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * RFC 9457 problem details for the v1 API's expected refusals: {@code type}, {@code title}, {@code
 * status}, {@code detail} in English, and for a refused rule its {@code code} (as the pages' {@code
 * refusal.<code>}), so that clients can say it in their own words.
 */
public final class Problems {

  public static final String MEDIA_TYPE = ApiError.MEDIA_TYPE;

  /** The code of a request whose body is missing or breaks its constraints. */
  public static final String INVALID_REQUEST = "request.invalid";

  private Problems() {}

  public static Response problem(Response.Status status, String title, String detail, String code) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status.getStatusCode())
            .add("detail", Objects.requireNonNullElse(detail, title))
            .add("code", Objects.requireNonNull(code, "code"));
    return Response.status(status).type(MEDIA_TYPE).entity(body.build()).build();
  }

  /**
   * The platform's refusals that are not about the input: who may see or do what, someone else's
   * change in between, a step the process does not allow. Anything else is unexpected (a 500 with
   * an incident id, see {@link UnexpectedErrors}); bad input has its own mapper, {@link BadInput}.
   */
  @Provider
  public static class Refused implements ExceptionMapper<RuntimeException> {

    @Context ResourceInfo resource;
    // a proxy to this request's servlet request: the kept body is one of its attributes
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(RuntimeException e) {
      return switch (e) {
        // not allowed to see a case, or no such case: the same answer, so nothing is revealed
        case CaseAccessDenied denied ->
            problem(
                Response.Status.NOT_FOUND,
                "Case not found",
                "There is no case with this id that you may see.",
                "notFound");
        // no such object, or (in a nested path) one that belongs to another parent: the same
        // answer, naming nothing
        case NotFound missing ->
            problem(
                Response.Status.NOT_FOUND,
                "Not found",
                "There is nothing at this address that you may see.",
                "notFound");
        // an administrative action the caller's role or region does not allow
        case NotPermitted denied ->
            problem(
                Response.Status.FORBIDDEN,
                "Not permitted",
                "Your role or region does not allow this.",
                "auth.forbidden");
        // someone else changed it since the caller read it: the precondition failed when the
        // version came in If-Match, a conflict when in the body (as before If-Match)
        case ConcurrentEdit conflict ->
            problem(
                ConditionalWrites.fromIfMatch(request)
                    ? Response.Status.PRECONDITION_FAILED
                    : Response.Status.CONFLICT,
                "Changed in the meantime",
                "Read it again and repeat your change.",
                EntityTags.STALE_CODE);
        case IllegalCaseTransition refused ->
            problem(
                Response.Status.CONFLICT,
                "Not allowed in this state",
                refused.getMessage(),
                "case.transition");
        // moving a meeting whose invitees already answered: repeat with confirmation
        case NeedsConfirmation refused ->
            problem(
                Response.Status.CONFLICT,
                "Confirmation needed",
                refused.getMessage(),
                "meeting.needsConfirmation");
        // an invitation the client's consent does not allow
        case NotConsented refused ->
            problem(
                Response.Status.FORBIDDEN, "No consent", refused.getMessage(), "consent.missing");
        // a body JSON-B cannot read (not JSON, or a field of the wrong type) is bad input, not a
        // fault; the parser's message is not echoed, since it can quote what was sent
        case ProcessingException unreadable when unreadableJson(unreadable) ->
            problem(
                Response.Status.BAD_REQUEST,
                "Invalid request",
                UnreadableBody.field(
                        resource,
                        request == null ? null : request.getAttribute(UnreadableBody.PROPERTY))
                    .map(
                        field ->
                            field
                                + " has a value of the wrong type or form (a date is"
                                + " yyyy-mm-dd, a time ISO 8601, a choice one of its listed"
                                + " values)")
                    .orElse(
                        "the request body is not JSON of the expected shape: a field has a value"
                            + " of the wrong type, or the body is not JSON"),
                INVALID_REQUEST);
        default -> new UnexpectedErrors().toResponse(e);
      };
    }
  }

  static boolean unreadableJson(ProcessingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Bad input: a clear message naming the rule, and nothing was changed (the transaction rolled
   * back). Only the platform's own refusals are answered so; an exception from a library (an
   * IllegalArgumentException from a query or parser, say) is a fault, answered as one without its
   * message.
   */
  @Provider
  public static class BadInput implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal e) {
      Response problem =
          problem(Response.Status.BAD_REQUEST, "Invalid request", e.getMessage(), e.code());
      if (e instanceof InvalidParameter invalid) {
        // which query parameter, for a client to point at it without reading the English detail
        jakarta.json.JsonObject body = (jakarta.json.JsonObject) problem.getEntity();
        return Response.fromResponse(problem)
            .entity(Json.createObjectBuilder(body).add("parameter", invalid.parameter()).build())
            .build();
      }
      return problem;
    }
  }

  /**
   * Minutes whose region asks for a second person, and the caller is the one who made them (or they
   * were reviewed only by their maker): not bad input but a step someone else takes, so 409 with
   * the rule's code ({@code minutes.secondPersonReviews}, {@code minutes.reviewedByMaker}).
   */
  @Provider
  public static class SecondPersonNeededMapper implements ExceptionMapper<SecondPersonNeeded> {
    @Override
    public Response toResponse(SecondPersonNeeded e) {
      return problem(
          Response.Status.CONFLICT, "A second person is needed", e.getMessage(), e.code());
    }
  }

  /**
   * A request body that is missing or breaks the constraints on its fields ({@code @NotNull @Valid}
   * on the body parameter): 400 with code {@value #INVALID_REQUEST} and each offending field named
   * in the detail, e.g. "due is required; responsible is required".
   */
  @Provider
  public static class InvalidRequest implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      return problem(Response.Status.BAD_REQUEST, "Invalid request", detail(e), INVALID_REQUEST);
    }
  }

  /** The violations in words, in English whatever the server's locale, sorted by field. */
  static String detail(ConstraintViolationException e) {
    return e.getConstraintViolations().stream()
        .map(v -> field(v) + " " + rule(v))
        .sorted()
        .distinct()
        .collect(Collectors.joining("; "));
  }

  /**
   * The field as the client wrote it ("due", "slots[0].start"); "the request body" when the body
   * itself is missing (the path then ends at the method's parameter).
   */
  static String field(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.isInIterable()) {
        // an element of a list, set or map itself: "grants[0] is required", "roles[] ..."
        name.append('[')
            .append(node.getIndex() != null ? node.getIndex() : Objects.toString(node.getKey(), ""))
            .append(']');
        continue;
      }
      if (node.getKind() != ElementKind.PROPERTY) {
        continue;
      }
      if (node.isInIterable()) {
        name.append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (!name.isEmpty()) {
        name.append('.');
      }
      name.append(node.getName());
    }
    return name.isEmpty() ? "the request body" : name.toString();
  }

  private static final Map<Class<? extends Annotation>, String> RULES =
      Map.of(
          NotNull.class, "is required",
          NotBlank.class, "is required",
          NotEmpty.class, "is required",
          Positive.class, "must be more than 0");

  private static String rule(ConstraintViolation<?> violation) {
    Class<? extends Annotation> constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType();
    return RULES.getOrDefault(constraint, violation.getMessage());
  }
}
