package fi.aso.web.rest.v1;

import fi.aso.application.meeting.BusyTimes;
import fi.aso.domain.Refusal;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.TimeParameters;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Busy times entered by hand (contact persons, staff, prison video rooms), for the slot finder. */
@Path("v1/busy-times")
@Tag(name = "meetings")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class BusyTimesResource {

  @Inject Paging paging;
  @Inject BusyTimes busyTimes;

  /** Whose busy time (CONTACT, STAFF or VIDEO_ROOM and that one's id), when, why. */
  public record NewBusyTime(
      @NotNull BusyTimes.Whose whose,
      long id,
      @NotNull OffsetDateTime start,
      @NotNull OffsetDateTime end,
      String note) {}

  @GET
  @Operation(
      operationId = "listBusyTimes",
      summary = "The region's busy times that overlap a period, by start")
  public List<BusyTimes.Entry> list(
      @ApiSchema(type = "string", description = FROM) @QueryParam("from") String from,
      @ApiSchema(type = "string", description = TO) @QueryParam("to") String to,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Instant start = TimeParameters.start(from, "from");
    Instant end = TimeParameters.end(to, "to");
    if (start == null || end == null) {
      throw new Refusal(Problems.INVALID_REQUEST, "from and to are required");
    }
    return paging.page(busyTimes.between(start, end), ListOrders.BUSY_TIMES, limit, cursor);
  }

  /** A period's ends as every list takes them: a day, or an instant for finer periods. */
  static final String FROM =
      "Required. The period's start: a date (2026-12-08, from the start of that day in"
          + " Europe/Helsinki) or an instant with offset (2026-12-08T09:00:00+02:00)";

  static final String TO =
      "Required. The period's end: a date (2026-12-14, that day included) or an instant with"
          + " offset (not included)";

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "addBusyTime", summary = "Enter a busy time")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response add(@NotNull @Valid NewBusyTime body) {
    long id =
        busyTimes.add(
            body.whose(), body.id(), body.start().toInstant(), body.end().toInstant(), body.note());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "removeBusyTime", summary = "Remove a busy time")
  @APIResponse(responseCode = "204", description = "Done")
  public Response remove(@PathParam("id") long id) {
    busyTimes.remove(id);
    return Response.noContent().build();
  }
}
