package fi.aso.web.rest.v1;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.domain.clientcase.IllegalCaseTransition;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** RFC 9457 problem details for the v1 API's expected refusals. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static Response problem(Response.Status status, String title, String detail) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.getStatusCode())
                .add("detail", detail)
                .build())
        .build();
  }

  /** Not allowed to see a case, or no such case: the same answer, so nothing is revealed. */
  @Provider
  public static class CaseNotVisible implements ExceptionMapper<CaseAccessDenied> {
    @Override
    public Response toResponse(CaseAccessDenied e) {
      return problem(
          Response.Status.NOT_FOUND,
          "Case not found",
          "There is no case with this id that you may see.");
    }
  }

  /**
   * Bad input: a clear message, and nothing was changed (the transaction rolled back). Only the
   * platform's own refusals are shown; an IllegalArgumentException from a library (a query, a
   * parser) is a fault, answered as one without its message.
   */
  @Provider
  public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      StackTraceElement[] trace = e.getStackTrace();
      boolean ours = trace.length > 0 && trace[0].getClassName().startsWith("fi.aso.");
      if (!ours) {
        return new fi.aso.web.rest.UnexpectedErrors().toResponse(new IllegalStateException(e));
      }
      Response answer = problem(Response.Status.BAD_REQUEST, "Invalid request", e.getMessage());
      if (e instanceof fi.aso.domain.Refusal refusal) {
        // the rule's code, for clients that say it in their own words
        jakarta.json.JsonObject body = (jakarta.json.JsonObject) answer.getEntity();
        return Response.fromResponse(answer)
            .entity(Json.createObjectBuilder(body).add("code", refusal.code()).build())
            .build();
      }
      return answer;
    }
  }

  /** An administrative action the caller's role or region does not allow. */
  @Provider
  public static class Forbidden
      implements ExceptionMapper<fi.aso.application.network.NotPermitted> {
    @Override
    public Response toResponse(fi.aso.application.network.NotPermitted e) {
      return problem(
          Response.Status.FORBIDDEN, "Not permitted", "Your role or region does not allow this.");
    }
  }

  /** Someone else changed the case since the caller read it. */
  @Provider
  public static class EditConflict
      implements ExceptionMapper<fi.aso.application.clientcase.ConcurrentEdit> {
    @Override
    public Response toResponse(fi.aso.application.clientcase.ConcurrentEdit e) {
      return problem(
          Response.Status.CONFLICT,
          "Changed in the meantime",
          "Read it again and repeat your change.");
    }
  }

  /** A lifecycle step the process does not allow. */
  @Provider
  public static class TransitionRefused implements ExceptionMapper<IllegalCaseTransition> {
    @Override
    public Response toResponse(IllegalCaseTransition e) {
      return problem(Response.Status.CONFLICT, "Not allowed in this state", e.getMessage());
    }
  }

  /** Moving a meeting whose invitees already answered: repeat with confirmation. */
  @Provider
  public static class ConfirmationNeeded
      implements ExceptionMapper<fi.aso.application.meeting.NeedsConfirmation> {
    @Override
    public Response toResponse(fi.aso.application.meeting.NeedsConfirmation e) {
      return problem(Response.Status.CONFLICT, "Confirmation needed", e.getMessage());
    }
  }

  /** An invitation the client's consent does not allow. */
  @Provider
  public static class WithoutConsent
      implements ExceptionMapper<fi.aso.application.meeting.NotConsented> {
    @Override
    public Response toResponse(fi.aso.application.meeting.NotConsented e) {
      return problem(Response.Status.FORBIDDEN, "No consent", e.getMessage());
    }
  }
}
