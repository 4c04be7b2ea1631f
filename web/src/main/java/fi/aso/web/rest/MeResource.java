package fi.aso.web.rest;

import fi.aso.application.staff.StaffDirectory;
import fi.aso.application.staff.StaffProfile;
import fi.aso.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is: name, roles, region and organisation. */
@Path("v1/me")
@Tag(name = "auth")
@RolesAllowed({Role.ADMIN_NAME, Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
public class MeResource {

  @Inject StaffDirectory staff;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getMe", summary = "The signed-in staff user's profile")
  public StaffProfile me(@Context SecurityContext security) {
    return staff.profile(security.getUserPrincipal().getName()).orElseThrow(NotFoundException::new);
  }
}
