package fi.aso.web.rest.v1;

import fi.aso.application.meeting.PartnerSlot;
import fi.aso.application.meeting.PartnerSlots;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A partner's own upcoming slots (only those their organisation is invited to, with consent). */
@Path("v1/my-slots")
@Tag(name = "meetings")
@RolesAllowed(Role.PARTNER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class MySlotsResource {

  @Inject Paging paging;
  @Inject PartnerSlots slots;

  @GET
  @Operation(
      operationId = "listMySlots",
      summary = "The caller's organisation's upcoming slots (audited read)")
  public List<PartnerSlot> upcoming(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(slots.upcoming(), ListOrders.MY_SLOTS, limit, cursor);
  }
}
