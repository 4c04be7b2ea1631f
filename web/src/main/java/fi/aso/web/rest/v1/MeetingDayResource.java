package fi.aso.web.rest.v1;

import fi.aso.application.meetingday.MeetingDay;
import fi.aso.application.meetingday.SlotDay;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.meetingday.Attendance;
import fi.aso.domain.meetingday.HousingForm;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.Versioned;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The meeting day as the chair's page records it (seed 004): per slot the topic notes, who took
 * part and how, the joint assessment and the decisions, through the same service as the page (the
 * region's chair writes; every read and write is audited against the client's case).
 */
@Path("v1/meetings/{meetingId}/day")
@Tag(name = "meeting-day")
@RolesAllowed(Role.CHAIR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class MeetingDayResource {

  @Inject MeetingDay meetingDay;

  /**
   * A slot's record: the version it replaces (null or absent: the first save of the slot), the
   * notes per topic, the housing form the group agreed on, the support needed and the decisions. A
   * save over a record someone else saved in between is refused (409) and changes nothing.
   */
  @Schema(name = "SlotRecordChange")
  public record RecordChange(
      Long version,
      Map<Referral.Topic, String> notes,
      HousingForm housingForm,
      String supportNeeded,
      String decisions) {}

  /** The record's new version (the next save names it). */
  @Schema(name = "SlotRecordSaved")
  public record RecordSaved(long version) {}

  /** How an invitee took part; an absent agency may leave a written statement. */
  @Schema(name = "InviteeAttendance")
  public record AttendanceChange(@NotNull Attendance attendance, String statement) {}

  @GET
  @Operation(
      operationId = "getMeetingDay",
      summary =
          "The meeting's slots as the chair works through them: each client's notes (from the"
              + " referral until the group writes its own), attendance, assessment, decisions,"
              + " actions and the record's version (null: not saved yet) (audited per client)")
  public List<SlotDay> day(@PathParam("meetingId") long meetingId) {
    return meetingDay.day(meetingId);
  }

  @PUT
  @Versioned(required = false)
  @Path("slots/{slotId}/record")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "saveSlotRecord",
      summary =
          "Save a slot's notes, assessment and decisions over the version read (409 when it is"
              + " stale; the first save names none); answers the new version")
  public RecordSaved save(
      @PathParam("meetingId") long meetingId,
      @PathParam("slotId") long slotId,
      @NotNull @Valid RecordChange body) {
    meetingDay.requireSlotOf(meetingId, slotId);
    return new RecordSaved(
        meetingDay.save(
            slotId,
            body.version(),
            body.notes() == null ? Map.of() : body.notes(),
            body.housingForm(),
            body.supportNeeded(),
            body.decisions()));
  }

  @PUT
  @Path("slots/{slotId}/invitees/{inviteeId}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordInviteeAttendance",
      summary = "Record how an invitee of the slot took part (present, by video, absent, excused)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response attendance(
      @PathParam("meetingId") long meetingId,
      @PathParam("slotId") long slotId,
      @PathParam("inviteeId") long inviteeId,
      @NotNull @Valid AttendanceChange body) {
    meetingDay.requireSlotOf(meetingId, slotId);
    meetingDay.attendance(slotId, inviteeId, body.attendance(), body.statement());
    return Response.noContent().build();
  }
}
