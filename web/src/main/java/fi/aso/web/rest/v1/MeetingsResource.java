package fi.aso.web.rest.v1;

import fi.aso.application.invitation.InvitationView;
import fi.aso.application.invitation.Invitations;
import fi.aso.application.meeting.InvitableContact;
import fi.aso.application.meeting.MeetingCalendar;
import fi.aso.application.meeting.MeetingDetails;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.meeting.MeetingQuery;
import fi.aso.application.meeting.MeetingSearch;
import fi.aso.application.meeting.MeetingState;
import fi.aso.application.meeting.MeetingSummary;
import fi.aso.application.meeting.SlotPlanning;
import fi.aso.application.meeting.SlotProposal;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.Refusal;
import fi.aso.domain.meeting.ClientAttendance;
import fi.aso.domain.meeting.scheduling.PlannedSlot;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.EntityTags;
import fi.aso.web.rest.Versioned;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The region's meetings, their client slots and invitees, for its chairs (who change them) and case
 * workers (who see them). Every change names the meeting version it was based on; a change made by
 * someone else in the meantime is refused with 409.
 */
@Path("v1/meetings")
@Tag(name = "meetings")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class MeetingsResource {

  @Inject Paging paging;
  @Inject MeetingCalendar calendar;
  @Inject MeetingSearch search;
  @Inject MeetingPlanner planner;
  @Inject SlotPlanning planning;
  @Inject Invitations invitations;

  /**
   * A new meeting (ad hoc; {@code held}: one already held, recorded afterwards), or a meeting's new
   * time and place.
   */
  public record MeetingTime(
      @NotNull OffsetDateTime start,
      @NotNull OffsetDateTime end,
      @Schema(example = "Joensuun vankila, neuvotteluhuone 3") String place,
      @Schema(description = "the meeting's version as read: required to move a meeting")
          Long version,
      Boolean confirmed,
      Boolean held) {}

  /** The version of the meeting a change is based on. */
  @Schema(name = "MeetingBasis")
  public record Based(long version) {}

  /** A cancellation: the meeting's version as read, and why (goes to the invitees; optional). */
  public record Cancellation(long version, String reason) {}

  /** A client put on a meeting. */
  public record NewSlot(
      @Schema(description = "the meeting's version as read") long version,
      @Schema(example = "12") long caseId,
      @NotNull OffsetDateTime start,
      @Positive @Schema(example = "30") int lengthMinutes,
      ClientAttendance attendance,
      Long videoRoomId,
      String afterReleaseReason,
      List<@NotNull Long> contactPersonIds) {}

  /** A slot's new start, or (with targetMeetingId) its move to another meeting. */
  public record SlotMove(
      long version,
      @NotNull OffsetDateTime start,
      Long targetMeetingId,
      Long targetVersion,
      String afterReleaseReason) {}

  /** The slots in their new order. */
  public record SlotOrder(long version, List<@NotNull Long> slotIds) {}

  /** How the client attends. */
  public record Attendance(long version, @NotNull ClientAttendance attendance, Long videoRoomId) {}

  /** A contact person to invite. */
  public record NewInvitee(long version, long contactPersonId) {}

  /**
   * The chair's decision on a slot flagged after the client's release date or prison changed: the
   * reason (needed when it is now after the release) and the video room (default: the proposed).
   */
  public record Review(long version, String reason, Long videoRoomId) {}

  @GET
  @Operation(
      operationId = "listMeetings",
      summary = "The region's meetings between two dates (no client data)")
  public List<MeetingSummary> list(
      @ApiSchema(description = "The first day (a date; days are Europe/Helsinki days)")
          @QueryParam("from")
          LocalDate from,
      @ApiSchema(description = "The last day, included") @QueryParam("to") LocalDate to,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(calendar.between(from, to), ListOrders.MEETINGS, limit, cursor);
  }

  @GET
  @Path("search")
  @Operation(
      operationId = "searchMeetings",
      summary =
          "Search the region's meetings: from and to (the days they fall on), state (upcoming,"
              + " held, cancelled), q (part of the place or the series' title), sort (date,"
              + " date-desc), offset or cursor, and limit (1-200, default 50); one page with the total and"
              + " the next page's offset and cursor (next, also in the Link header) (no client data)")
  public Page<MeetingSummary> search(
      @ApiSchema(description = "The first day the meetings fall on (a date, Europe/Helsinki)")
          @QueryParam("from")
          LocalDate from,
      @ApiSchema(description = "The last day, included") @QueryParam("to") LocalDate to,
      @ApiSchema(description = "upcoming, held or cancelled") @QueryParam("state") String state,
      @ApiSchema(description = "Part of the place or of the series' title") @QueryParam("q")
          String q,
      @ApiSchema(description = "date (the default: earliest first) or date-desc; each then by id")
          @QueryParam("sort")
          String sort,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("offset") String offset,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.linked(
        search.search(
            new MeetingQuery(
                new DateRange(from, to),
                FilterValues.choice(MeetingState.class, state, "state"),
                q,
                sort,
                PageRequest.parse(offset, limit, cursor, 50, 200))));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "createMeeting",
      summary =
          "Schedule an ad-hoc meeting (e.g. a fast track for a short sentence), ahead; or record"
              + " one already held (\"held\": true), within the past year")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response create(@NotNull @Valid MeetingTime body) {
    long id =
        Boolean.TRUE.equals(body.held())
            ? calendar.recordHeld(body.start().toInstant(), body.end().toInstant(), body.place())
            : calendar.scheduleAdHoc(
                body.start().toInstant(), body.end().toInstant(), body.place());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @GET
  @Versioned
  @Path("{id}")
  @Operation(
      operationId = "getMeeting",
      summary = "A meeting with its client slots and invitees (audited read of client data)")
  public MeetingDetails get(@PathParam("id") long id) {
    return planner.meeting(id, "meeting (api)");
  }

  @PUT
  @Versioned
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "rescheduleMeeting",
      summary =
          "Move a meeting or change its place; 409 'Confirmation needed' if invitees have answered")
  @APIResponse(responseCode = "204", description = "Done")
  public Response reschedule(@PathParam("id") long id, @NotNull @Valid MeetingTime body) {
    // the same body as a new meeting's, which has no version yet
    if (body.version() == null) {
      throw new Refusal(Problems.INVALID_REQUEST, "version is required");
    }
    calendar.reschedule(
        id,
        body.version(),
        body.start().toInstant(),
        body.end().toInstant(),
        body.place(),
        Boolean.TRUE.equals(body.confirmed()));
    return EntityTags.changedMeeting(body.version());
  }

  @POST
  @Versioned
  @Path("{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "cancelMeeting",
      summary = "Cancel a meeting; its clients wait for a meeting again")
  @APIResponse(responseCode = "204", description = "Done")
  public Response cancel(@PathParam("id") long id, @NotNull @Valid Cancellation body) {
    calendar.cancel(id, body.version(), body.reason());
    return EntityTags.changedMeeting(body.version());
  }

  @POST
  @Versioned
  @Path("{id}/slots")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "addSlot",
      summary =
          "Put a client on the meeting in their own slot; with contactPersonIds, invite them too"
              + " (all or nothing: one the consent does not allow adds nothing)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response addSlot(@PathParam("id") long id, @NotNull @Valid NewSlot body) {
    long slotId =
        planner.addSlotAndInvite(
            id,
            body.version(),
            body.caseId(),
            body.start().toInstant(),
            Duration.ofMinutes(body.lengthMinutes()),
            body.attendance(),
            body.videoRoomId(),
            body.afterReleaseReason(),
            body.contactPersonIds() == null ? List.of() : body.contactPersonIds());
    return EntityTags.createdUnderMeeting(body.version(), new Created(slotId));
  }

  @PUT
  @Versioned
  @Path("{id}/slots/{slotId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "moveSlot",
      summary =
          "Move a slot within its meeting, or to another meeting (targetMeetingId, targetVersion)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response moveSlot(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid SlotMove body) {
    if (body.targetMeetingId() == null || body.targetMeetingId() == id) {
      planner.moveSlot(id, slotId, body.version(), body.start().toInstant());
    } else {
      if (body.targetVersion() == null) {
        throw new Refusal(Problems.INVALID_REQUEST, "targetVersion is required");
      }
      planner.moveToMeeting(
          id,
          slotId,
          body.version(),
          body.targetMeetingId(),
          body.targetVersion(),
          body.start().toInstant(),
          body.afterReleaseReason());
    }
    return EntityTags.changedMeeting(body.version());
  }

  @PUT
  @Versioned
  @Path("{id}/slot-order")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "reorderSlots", summary = "Put the slots in a new order, back to back")
  @APIResponse(responseCode = "204", description = "Done")
  public Response reorder(@PathParam("id") long id, @NotNull @Valid SlotOrder body) {
    planner.reorder(id, body.version(), body.slotIds() == null ? List.of() : body.slotIds());
    return EntityTags.changedMeeting(body.version());
  }

  @DELETE
  @Versioned
  @Path("{id}/slots/{slotId}")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "removeSlot",
      summary =
          "Take a client off the meeting (version as a query parameter; reason, optional, goes to"
              + " the slot's invitees with the cancellation)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response removeSlot(
      @PathParam("id") long id,
      @PathParam("slotId") long slotId,
      @QueryParam("version") Long version,
      @QueryParam("reason") String reason) {
    if (version == null) {
      throw new Refusal(Problems.INVALID_REQUEST, "version is required");
    }
    planner.removeSlot(id, slotId, version, reason);
    return EntityTags.changedMeeting(version);
  }

  @PUT
  @Versioned
  @Path("{id}/slots/{slotId}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "setSlotAttendance",
      summary = "How the client attends; joining by video from prison books its video room")
  @APIResponse(responseCode = "204", description = "Done")
  public Response attendance(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid Attendance body) {
    planner.setAttendance(id, slotId, body.version(), body.attendance(), body.videoRoomId());
    return EntityTags.changedMeeting(body.version());
  }

  @POST
  @Versioned
  @Path("{id}/slots/{slotId}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "reviewSlot",
      summary =
          "Decide on a slot flagged because the client's release date or prison changed: keep it,"
              + " with a reason when it is now after the release and the video room (default: the"
              + " proposed one) when the prison changed; only a changed room is sent again")
  @APIResponse(responseCode = "204", description = "Done")
  public Response review(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid Review body) {
    planner.confirmReview(id, slotId, body.version(), body.reason(), body.videoRoomId());
    return EntityTags.changedMeeting(body.version());
  }

  @GET
  @Path("{id}/slots/{slotId}/invitable")
  @Operation(
      operationId = "listInvitableContacts",
      summary =
          "The contact persons who may be invited: only of organisations the client's consent names")
  public List<InvitableContact> invitable(
      @PathParam("id") long id,
      @PathParam("slotId") long slotId,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(planner.invitable(id, slotId), ListOrders.INVITABLE, limit, cursor);
  }

  @POST
  @Versioned
  @Path("{id}/slots/{slotId}/invitees")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "inviteContact",
      summary =
          "Invite a contact person to the slot; 403 'No consent' if the consent does not name the organisation")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response invite(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid NewInvitee body) {
    long inviteeId = planner.invite(id, slotId, body.version(), body.contactPersonId());
    return EntityTags.createdUnderMeeting(body.version(), new Created(inviteeId));
  }

  @DELETE
  @Versioned
  @Path("{id}/slots/{slotId}/invitees/{inviteeId}")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "removeInvitee",
      summary = "Take an invitee off the slot (version as a query parameter)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response removeInvitee(
      @PathParam("id") long id,
      @PathParam("slotId") long slotId,
      @PathParam("inviteeId") long inviteeId,
      @QueryParam("version") Long version) {
    if (version == null) {
      throw new Refusal(Problems.INVALID_REQUEST, "version is required");
    }
    planner.removeInvitee(id, slotId, version, inviteeId);
    return EntityTags.changedMeeting(version);
  }

  @GET
  @Path("{id}/invitations")
  @Operation(
      operationId = "listInvitations",
      summary =
          "The meeting's invitations: UID and SEQUENCE, channel, last delivery state and the answer")
  public List<InvitationView> invitations(
      @PathParam("id") long id,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(invitations.ofMeeting(id), ListOrders.INVITATIONS, limit, cursor);
  }

  @POST
  @Path("{id}/slot-finder")
  @Operation(
      operationId = "findSlotTimes",
      summary =
          "Propose slot times and an order that let every invitee come, with explanations when none does")
  public SlotProposal findTimes(@PathParam("id") long id) {
    return planning.propose(id);
  }

  @PUT
  @Versioned
  @Path("{id}/slot-times")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "applySlotTimes",
      summary = "Apply slot times (e.g. the slot finder's plan) to all slots at once")
  @APIResponse(responseCode = "204", description = "Done")
  public Response applyTimes(@PathParam("id") long id, @NotNull @Valid SlotTimes body) {
    planning.apply(
        id,
        body.version(),
        body.slots() == null
            ? List.of()
            : body.slots().stream()
                .map(
                    t ->
                        new PlannedSlot(
                            String.valueOf(t.slotId()),
                            t.start().toInstant(),
                            t.start().toInstant().plusSeconds(60)))
                .toList());
    return EntityTags.changedMeeting(body.version());
  }

  /** New starts for a meeting's slots, applied together. */
  public record SlotTimes(long version, List<@NotNull @Valid SlotTime> slots) {}

  /** One slot's new start. */
  public record SlotTime(long slotId, @NotNull OffsetDateTime start) {}
}
