package fi.aso.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Collectors;

/**
 * A form that cannot be trusted any more -- its view expired with the session, or it lacks the
 * page's CSP nonce (a form posted from another site, or from a page left open too long) -- is not
 * processed. The user is sent back to the page by GET, with a notice to try again.
 */
public class StaleFormHandler extends ExceptionHandlerWrapper {

  public StaleFormHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable error = events.next().getContext().getException();
      if (isStaleForm(error) && !faces.getResponseComplete()) {
        events.remove();
        redirectToFreshPage(faces);
      }
    }
    getWrapped().handle();
  }

  static boolean isStaleForm(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException
          || t.getClass().getName().equals("org.primefaces.csp.CspException")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page by GET at the address the form was posted to, which keeps the page's parameters (its
   * {@code ?id=}: see {@link AddressKeepingViewHandler}), and says why the post was not applied.
   */
  static void redirectToFreshPage(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    String query = queryOf(external);
    try {
      external.redirect(
          external.getRequestContextPath()
              + external.getRequestServletPath()
              + "?"
              + (query.isEmpty() ? "" : query + "&")
              + "stale=true");
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException(e);
    }
  }

  /** The posted address's own query, without an earlier {@code stale} mark. */
  static String queryOf(ExternalContext external) {
    String query =
        external.getRequest() instanceof HttpServletRequest http ? http.getQueryString() : null;
    if (query == null) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !p.equals("stale=true"))
        .collect(Collectors.joining("&"));
  }

  /** Installs the handler (faces-config.xml). */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new StaleFormHandler(getWrapped().getExceptionHandler());
    }
  }
}
