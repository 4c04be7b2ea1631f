package fi.aso.web.rest.v1;

import fi.aso.application.meetingday.FollowUps;
import fi.aso.domain.clientcase.CaseOutcome;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.Versioned;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following a client up: the points after release, what was found, and closing with an outcome. */
@Path("v1/cases/{caseId}/follow-up")
@Tag(name = "follow-up")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

  @Inject Paging paging;
  @Inject FollowUps followUps;

  /** What was found at a point, based on the version read. */
  public record Finding(
      long version,
      Boolean housedBeforeRelease,
      String howHoused,
      HousingForm housingForm,
      Boolean stillHoused,
      String note) {}

  /** The case's outcome when it is closed. */
  public record Closing(CaseOutcome outcome, String note) {}

  @GET
  @Operation(operationId = "listFollowUpPoints", summary = "The case's follow-up points (audited)")
  public List<FollowUps.PointView> points(
      @PathParam("caseId") long caseId,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(followUps.points(caseId), ListOrders.FOLLOW_UP, limit, cursor);
  }

  @POST
  @Operation(
      operationId = "planFollowUp",
      summary = "Set the standard points: at release, 3, 6 and 12 months after")
  public List<FollowUps.PointView> plan(@PathParam("caseId") long caseId) {
    return followUps.plan(caseId);
  }

  @PUT
  @Versioned
  @Path("{pointId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordFollowUpFinding",
      summary = "Record the housing situation at a point; 409 if changed in the meantime")
  public FollowUps.PointView record(
      @PathParam("caseId") long caseId,
      @PathParam("pointId") long pointId,
      @NotNull @Valid Finding body) {
    return followUps.record(
        caseId,
        pointId,
        body.version(),
        body.housedBeforeRelease(),
        body.howHoused(),
        body.housingForm(),
        body.stillHoused(),
        body.note());
  }

  @POST
  @Path("closing")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "closeCase", summary = "Close the case; an outcome is required")
  @APIResponse(responseCode = "204", description = "Done")
  public Response close(@PathParam("caseId") long caseId, Closing body) {
    // no body is no outcome, which the service refuses with its own code
    followUps.close(
        caseId, body == null ? null : body.outcome(), body == null ? null : body.note());
    return Response.noContent().build();
  }
}
