package fi.aso.web.rest.v1;

import fi.aso.application.steering.ReferralView;
import fi.aso.application.steering.ServiceReferrals;
import fi.aso.domain.servicemap.ReferralState;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.Versioned;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The referrals to services and their path: referred, accepted, started, declined, ended. */
@Path("v1/referrals")
@Tag(name = "referrals")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ReferralsResource {

  @Inject Paging paging;
  @Inject ServiceReferrals referrals;

  /** A step on the path, based on the version read; declining needs a reason. */
  public record Step(long version, @NotNull ReferralState state, String reason) {}

  @GET
  @Operation(
      operationId = "listReferrals",
      summary =
          "The caller's referrals: a partner's organisation's (while the consent names it), a case"
              + " worker's clients', the region's for a chair")
  public List<ReferralView> mine(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(referrals.mine(), ListOrders.REFERRALS, limit, cursor);
  }

  @GET
  @Versioned
  @Path("{id}")
  @Operation(
      operationId = "getReferral",
      summary = "One referral, for its provider's partners and the region's staff")
  public ReferralView get(@PathParam("id") long id) {
    return referrals.get(id);
  }

  @PUT
  @Versioned
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "moveReferral",
      summary =
          "Take a step on the referral's path (declined needs a reason); by the provider's partners"
              + " while the consent names it, or the region's staff; 409 if changed meanwhile")
  public ReferralView move(@PathParam("id") long id, @NotNull @Valid Step body) {
    return referrals.move(id, body.version(), body.state(), body.reason());
  }
}
