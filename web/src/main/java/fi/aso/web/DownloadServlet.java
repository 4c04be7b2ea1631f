package fi.aso.web;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.domain.Refusal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A file for one reader. Whatever is not theirs, does not exist or was asked for with a malformed
 * address is the same 404, so that an answer reveals nothing; a file that cannot be made yet (e.g.
 * minutes not approved) is a 409 saying why.
 */
public abstract class DownloadServlet extends HttpServlet {

  /** The file, or empty when there is none for this reader. */
  protected abstract Optional<Download> find(HttpServletRequest request);

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<Download> file;
    try {
      file = find(request);
    } catch (CaseAccessDenied | NotFound e) {
      file = Optional.empty();
    } catch (Refusal e) {
      response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
      return;
    }
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    file.get().writeTo(response);
  }
}
