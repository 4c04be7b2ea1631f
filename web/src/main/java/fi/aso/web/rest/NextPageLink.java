package fi.aso.web.rest;

import fi.aso.web.rest.v1.Paging;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Says where a paged list goes on: {@code Link: </api/v1/...&cursor=...>; rel="next"} (RFC 8288) on
 * a successful answer whose resource set {@link Paging#NEXT}. Absent on the last page.
 */
@Provider
public class NextPageLink implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object next = request.getProperty(Paging.NEXT);
    if (next != null && response.getStatus() == 200) {
      response.getHeaders().add("Link", "<" + next + ">; rel=\"next\"");
    }
  }
}
