package fi.aso.web.rest.v1;

import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.RegionSummary;
import fi.aso.application.staff.StaffAccounts;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's regional groups (ASO-ryhmät), for administrators. */
@Path("v1/regions")
@Tag(name = "network")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

  @Inject Paging paging;
  @Inject NetworkAdmin network;
  @Inject StaffAccounts accounts;

  /** A new region: a short unique code (e.g. "kuopio") and its name. */
  public record NewRegion(String code, String name) {}

  /** A region's first administrator: user name, name and the address their link is mailed to. */
  public record FirstAdministrator(
      @NotNull String username, @NotNull String displayName, @NotNull String email) {}

  /** A region's settings. */
  public record Settings(@NotNull Boolean minutesNeedSecondPerson) {}

  @GET
  @Operation(
      operationId = "listRegions",
      summary = "The regions on the platform, with their settings")
  public List<RegionSummary> list(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(network.regions(), ListOrders.REGIONS, limit, cursor);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createRegion",
      summary = "Create a region (a new ASO group with its own chairs, calendar and clients)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response create(@NotNull @Valid NewRegion body) {
    long id = network.createRegion(body.code(), body.name());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @PUT
  @Path("{id}/settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateRegionSettings",
      summary =
          "The administrator's own region's settings: minutesNeedSecondPerson (the one who made the"
              + " minutes cannot review them, and they are approved only after someone else"
              + " reviewed them; on by default). Another region's: 403")
  public RegionSummary settings(@PathParam("id") long regionId, @NotNull @Valid Settings body) {
    return network.minutesNeedSecondPerson(regionId, body.minutesNeedSecondPerson());
  }

  @POST
  @Path("{id}/administrators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addFirstAdministrator",
      summary =
          "Name the first administrator of a region that has no active administrator; a one-time"
              + " set-password link is mailed to them (refused with code"
              + " staff.regionHasAdministrator once the region has one: its administrator then"
              + " makes its accounts)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response firstAdministrator(
      @PathParam("id") long regionId, @NotNull @Valid FirstAdministrator body) {
    long id =
        accounts.createFirstAdministrator(
            regionId, body.username(), body.displayName(), body.email());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }
}
