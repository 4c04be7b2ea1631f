package fi.aso.web.rest.v1;

import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.SeriesSummary;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region's regular meeting series (an iCalendar RRULE with exception dates). */
@Path("v1/meeting-series")
@Tag(name = "meetings")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class MeetingSeriesResource {

  @Inject Paging paging;
  @Inject MeetingCalendar calendar;

  /** A new series, e.g. rrule "FREQ=MONTHLY;BYDAY=2TU", 09:00-12:00 from a first date. */
  public record NewSeries(
      String title,
      String rrule,
      @NotNull LocalDate firstDate,
      @NotNull LocalTime start,
      @NotNull LocalTime end,
      String place,
      Set<@NotNull LocalDate> exceptions) {}

  /** Generate the series' meetings up to a date. */
  public record Generation(@NotNull LocalDate until) {}

  /** A date to leave out of the series. */
  /** How many meetings a generation made. */
  public record Generated(int created) {}

  public record Skip(@NotNull LocalDate date) {}

  @GET
  @Operation(operationId = "listMeetingSeries", summary = "The region's meeting series")
  public List<SeriesSummary> list(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(calendar.series(), ListOrders.SERIES, limit, cursor);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "createMeetingSeries", summary = "Create a regular series")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response create(@NotNull @Valid NewSeries body) {
    long id =
        calendar.createSeries(
            body.title(),
            body.rrule(),
            body.firstDate(),
            body.start(),
            body.end(),
            body.place(),
            body.exceptions() == null ? Set.of() : body.exceptions());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @POST
  @Path("{id}/generation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "generateSeriesMeetings",
      summary = "Create the series' meetings up to a date (existing ones are kept)")
  public Generated generate(@PathParam("id") long id, @NotNull @Valid Generation body) {
    return new Generated(calendar.generate(id, body.until()));
  }

  @POST
  @Path("{id}/exceptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "skipSeriesDate",
      summary = "Leave a date out of the series (an empty meeting on it is cancelled)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response skip(@PathParam("id") long id, @NotNull @Valid Skip body) {
    calendar.skipDate(id, body.date());
    return Response.noContent().build();
  }
}
