package fi.aso.web.rest.v1;

import fi.aso.application.steering.MapHoles;
import fi.aso.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the region's service map has holes: counts per kind of service, no client named. */
@Path("v1/service-map")
@Tag(name = "services")
@RolesAllowed({Role.CHAIR_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ServiceMapResource {

  @Inject MapHoles holes;

  @GET
  @Path("holes")
  @Operation(
      summary =
          "Per kind of service: needs recorded, services in the catalogue, referrals made and taken"
              + " on, and needs no service met, for the caller's region (chairs, administrators)")
  public MapHoles.Report holes() {
    return holes.ofCallersRegion();
  }
}
