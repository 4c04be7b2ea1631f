package fi.aso.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any error the API did not expect becomes a plain 500 with an incident id; the stack trace goes to
 * the server log under the same id, never to the client. Exception messages are not logged, because
 * they can quote client data.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

  @Override
  public Response toResponse(Throwable error) {
    if (error instanceof WebApplicationException web) {
      return HttpErrors.of(web);
    }
    String incident = UUID.randomUUID().toString();
    LogRecordWithoutMessage.log(LOG, incident, error);
    return ApiError.problem(
            Response.Status.INTERNAL_SERVER_ERROR,
            "server.error",
            "unexpected error, incident " + incident)
        .build();
  }

  /** Logs the exception's type and stack, with its message (and its causes' messages) left out. */
  static final class LogRecordWithoutMessage {
    static void log(Logger logger, String incident, Throwable error) {
      StringBuilder trace = new StringBuilder("Unexpected API error, incident " + incident);
      for (Throwable t = error; t != null; t = t.getCause()) {
        trace.append("\n  ").append(t == error ? "" : "caused by ").append(t.getClass().getName());
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 12); i++) {
          trace.append("\n    at ").append(frames[i]);
        }
      }
      logger.log(Level.SEVERE, trace.toString());
    }
  }
}
