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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
      String place,
      Long version,
      Boolean confirmed,
      Boolean held) {}

  /** The version of the meeting a change is based on. */
  public record Based(long version) {}

  /** A cancellation: the meeting's version as read, and why (goes to the invitees; optional). */
  public record Cancellation(long version, String reason) {}

  /** A client put on a meeting. */
  public record NewSlot(
      long version,
      long caseId,
      @NotNull OffsetDateTime start,
      @Positive int lengthMinutes,
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
  @Operation(summary = "The region's meetings between two dates (no client data)")
  public List<MeetingSummary> list(
      @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
    return calendar.between(from, to);
  }

  @GET
  @Path("search")
  @Operation(
      summary =
          "Search the region's meetings: from and to (the days they fall on), state (upcoming,"
              + " held, cancelled), q (part of the place or the series' title), sort (date,"
              + " date-desc), offset and limit (1-200, default 50); one page with the total and"
              + " the next page's offset (no client data)")
  public Page<MeetingSummary> search(
      @QueryParam("from") LocalDate from,
      @QueryParam("to") LocalDate to,
      @QueryParam("state") String state,
      @QueryParam("q") String q,
      @QueryParam("sort") String sort,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return search.search(
        new MeetingQuery(
            new DateRange(from, to),
            FilterValues.choice(MeetingState.class, state, "state"),
            q,
            sort,
            PageRequest.parse(offset, limit, 50)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Schedule an ad-hoc meeting (e.g. a fast track for a short sentence), ahead; or record"
              + " one already held (\"held\": true), within the past year")
  public Response create(@NotNull @Valid MeetingTime body) {
    long id =
        Boolean.TRUE.equals(body.held())
            ? calendar.recordHeld(body.start().toInstant(), body.end().toInstant(), body.place())
            : calendar.scheduleAdHoc(
                body.start().toInstant(), body.end().toInstant(), body.place());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A meeting with its client slots and invitees (audited read of client data)")
  public MeetingDetails get(@PathParam("id") long id) {
    return planner.meeting(id, "meeting (api)");
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Move a meeting or change its place; 409 'Confirmation needed' if invitees have answered")
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
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Cancel a meeting; its clients wait for a meeting again")
  public Response cancel(@PathParam("id") long id, @NotNull @Valid Cancellation body) {
    calendar.cancel(id, body.version(), body.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/slots")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Put a client on the meeting in their own slot; with contactPersonIds, invite them too"
              + " (all or nothing: one the consent does not allow adds nothing)")
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
    return Response.status(Response.Status.CREATED).entity(Map.of("id", slotId)).build();
  }

  @PUT
  @Path("{id}/slots/{slotId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Move a slot within its meeting, or to another meeting (targetMeetingId, targetVersion)")
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
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/slot-order")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Put the slots in a new order, back to back")
  public Response reorder(@PathParam("id") long id, @NotNull @Valid SlotOrder body) {
    planner.reorder(id, body.version(), body.slotIds() == null ? List.of() : body.slotIds());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/slots/{slotId}")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Take a client off the meeting (version as a query parameter; reason, optional, goes to"
              + " the slot's invitees with the cancellation)")
  public Response removeSlot(
      @PathParam("id") long id,
      @PathParam("slotId") long slotId,
      @QueryParam("version") Long version,
      @QueryParam("reason") String reason) {
    if (version == null) {
      throw new Refusal(Problems.INVALID_REQUEST, "version is required");
    }
    planner.removeSlot(id, slotId, version, reason);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/slots/{slotId}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "How the client attends; joining by video from prison books its video room")
  public Response attendance(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid Attendance body) {
    planner.setAttendance(id, slotId, body.version(), body.attendance(), body.videoRoomId());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/slots/{slotId}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Decide on a slot flagged because the client's release date or prison changed: keep it,"
              + " with a reason when it is now after the release and the video room (default: the"
              + " proposed one) when the prison changed; only a changed room is sent again")
  public Response review(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid Review body) {
    planner.confirmReview(id, slotId, body.version(), body.reason(), body.videoRoomId());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/slots/{slotId}/invitable")
  @Operation(
      summary =
          "The contact persons who may be invited: only of organisations the client's consent names")
  public List<InvitableContact> invitable(
      @PathParam("id") long id, @PathParam("slotId") long slotId) {
    return planner.invitable(id, slotId);
  }

  @POST
  @Path("{id}/slots/{slotId}/invitees")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      summary =
          "Invite a contact person to the slot; 403 'No consent' if the consent does not name the organisation")
  public Response invite(
      @PathParam("id") long id, @PathParam("slotId") long slotId, @NotNull @Valid NewInvitee body) {
    long inviteeId = planner.invite(id, slotId, body.version(), body.contactPersonId());
    return Response.status(Response.Status.CREATED).entity(Map.of("id", inviteeId)).build();
  }

  @DELETE
  @Path("{id}/slots/{slotId}/invitees/{inviteeId}")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Take an invitee off the slot (version as a query parameter)")
  public Response removeInvitee(
      @PathParam("id") long id,
      @PathParam("slotId") long slotId,
      @PathParam("inviteeId") long inviteeId,
      @QueryParam("version") Long version) {
    if (version == null) {
      throw new Refusal(Problems.INVALID_REQUEST, "version is required");
    }
    planner.removeInvitee(id, slotId, version, inviteeId);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/invitations")
  @Operation(
      summary =
          "The meeting's invitations: UID and SEQUENCE, channel, last delivery state and the answer")
  public List<InvitationView> invitations(@PathParam("id") long id) {
    return invitations.ofMeeting(id);
  }

  @POST
  @Path("{id}/slot-finder")
  @Operation(
      summary =
          "Propose slot times and an order that let every invitee come, with explanations when none does")
  public SlotProposal findTimes(@PathParam("id") long id) {
    return planning.propose(id);
  }

  @PUT
  @Path("{id}/slot-times")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Apply slot times (e.g. the slot finder's plan) to all slots at once")
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
    return Response.noContent().build();
  }

  /** New starts for a meeting's slots, applied together. */
  public record SlotTimes(long version, List<@NotNull @Valid SlotTime> slots) {}

  /** One slot's new start. */
  public record SlotTime(long slotId, @NotNull OffsetDateTime start) {}
}
