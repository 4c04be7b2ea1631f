package fi.aso.web.rest.v1;

import fi.aso.application.meetingday.ActionQuery;
import fi.aso.application.meetingday.ActionState;
import fi.aso.application.meetingday.ActionView;
import fi.aso.application.meetingday.Actions;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.meetingday.ActionStatus;
import fi.aso.domain.meetingday.Responsible;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The action list: partners' own organisation's actions, staff's clients' actions, the region's
 * overdue ones; and a search among the same.
 */
@Path("v1/actions")
@Tag(name = "actions")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

  @Inject Paging paging;
  @Inject Actions actions;

  /**
   * A new action for a slot: an organisation of the slot (organisationId), or CLIENT / CASE_WORKER.
   */
  public record NewAction(
      long slotId,
      String what,
      @NotNull Responsible responsible,
      Long organisationId,
      Long contactPersonId,
      @NotNull LocalDate due) {}

  /** Progress on an action, based on the version read. */
  public record Progress(long version, @NotNull ActionStatus status, String note) {}

  @GET
  @Operation(
      operationId = "listMyActions",
      summary =
          "My actions: a partner's own (they are the named person, while consent lasts), or a case worker's clients'")
  public List<ActionView> mine(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(actions.mine(), ListOrders.ACTIONS, limit, cursor);
  }

  @GET
  @Path("organisation")
  @Operation(
      operationId = "listOrganisationActions",
      summary =
          "My organisation's actions: a partner organisation's (while consent lasts), or the region's open ones for staff")
  public List<ActionView> ofMyOrganisation(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(actions.ofMyOrganisation(), ListOrders.ACTIONS, limit, cursor);
  }

  @GET
  @Path("search")
  @Operation(
      operationId = "searchActions",
      summary =
          "Search the caller's actions: mine (true: as GET /actions; otherwise as"
              + " /actions/organisation, with the same access), state (open, overdue, done,"
              + " cannot_be_done), organisation (id), from and to (the due date), q (part of the"
              + " action's text), sort (due, due-desc), offset or cursor, and limit (1-200, default 50); one"
              + " page with the total and the next page's offset and cursor (next, also in the Link header); only the page is read (audited)")
  public Page<ActionView> search(
      @ApiSchema(
              description =
                  "true: the caller's own actions (as GET /actions); otherwise their organisation's or region's (as /actions/organisation)")
          @QueryParam("mine")
          boolean mine,
      @ApiSchema(description = "open, overdue, done or cannot_be_done") @QueryParam("state")
          String state,
      @ApiSchema(
              type = "integer",
              format = "int64",
              description = "Only actions of this responsible organisation (an id)")
          @QueryParam("organisation")
          String organisation,
      @ApiSchema(description = "Due on or after this day (a date, Europe/Helsinki)")
          @QueryParam("from")
          LocalDate from,
      @ApiSchema(description = "Due on or before this day") @QueryParam("to") LocalDate to,
      @ApiSchema(description = "Part of the action's text") @QueryParam("q") String q,
      @ApiSchema(description = "due (the default: soonest due first) or due-desc; each then by id")
          @QueryParam("sort")
          String sort,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("offset") String offset,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.linked(
        actions.search(
            new ActionQuery(
                mine,
                FilterValues.choice(ActionState.class, state, "state"),
                FilterValues.id(organisation, "organisation"),
                new DateRange(from, to),
                q,
                sort,
                PageRequest.parse(offset, limit, cursor, 50, 200))));
  }

  @GET
  @Path("overdue")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "listOverdueActions", summary = "The region's overdue actions")
  public List<ActionView> overdue(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(actions.overdue(), ListOrders.ACTIONS, limit, cursor);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "addAction",
      summary =
          "Add an action; an organisation must be invited to the slot and named in the consent (403 otherwise)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response add(@NotNull @Valid NewAction body) {
    long id =
        body.responsible() == Responsible.ORGANISATION
            ? actions.addForOrganisation(
                body.slotId(),
                body.what(),
                body.organisationId() == null ? -1 : body.organisationId(),
                body.contactPersonId(),
                body.due())
            : actions.addForPerson(body.slotId(), body.what(), body.responsible(), body.due());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @PUT
  @Versioned
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateActionProgress",
      summary =
          "Update an action's state (cannot be done needs a note); 409 if changed in the meantime")
  public ActionView progress(@PathParam("id") long id, @NotNull @Valid Progress body) {
    return actions.progress(id, body.version(), body.status(), body.note());
  }
}
