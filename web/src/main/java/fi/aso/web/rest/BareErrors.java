package fi.aso.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;

/**
 * An error the API answers without a body gets the API's one error shape. Jersey answers some
 * requests before any exception mapper sees them: a Content-Type header it cannot parse (e.g.
 * {@code application/}) is a bare 400. Every response passes this filter, so such an answer too is
 * {@code application/problem+json} with the status's code (the fuzz test found it). Headers that
 * tell the client what to do (Allow, Retry-After, ...) stay as they are.
 */
@Provider
public class BareErrors implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400 || response.hasEntity()) {
      return;
    }
    Response.StatusType status = Response.Status.fromStatusCode(response.getStatus());
    response.setEntity(
        HttpErrors.body(status == null ? response.getStatusInfo() : status),
        new Annotation[0],
        MediaType.valueOf(ApiError.MEDIA_TYPE));
  }
}
