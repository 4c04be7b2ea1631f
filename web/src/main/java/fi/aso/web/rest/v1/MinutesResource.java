package fi.aso.web.rest.v1;

import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.application.minutes.MinutesService;
import fi.aso.application.minutes.MinutesVersion;
import fi.aso.domain.staff.Role;
import fi.aso.web.i18n.SupportedLocales;
import fi.aso.web.rest.Versioned;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A meeting's minutes: versions, preparing, review, approval, and the PDF. */
@Path("v1/meetings/{meetingId}/minutes")
@Tag(name = "minutes")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class MinutesResource {

  @Inject Paging paging;
  @Inject MinutesService minutes;
  @Inject MinutesDistribution distribution;

  /** The version a step is based on. */
  @Schema(name = "MinutesBasis")
  public record Based(long version) {}

  @GET
  @Operation(
      operationId = "listMinutesVersions",
      summary =
          "The minutes' versions (history): who made, reviewed and approved each, what the newest"
              + " waits for (next) and whether the caller may review or approve it")
  public List<MinutesVersion> versions(
      @PathParam("meetingId") long meetingId,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(minutes.versions(meetingId), ListOrders.MINUTES, limit, cursor);
  }

  @POST
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "prepareMinutes",
      summary =
          "Make the minutes from the record now (refreshes the open version, or starts a correction)")
  public MinutesVersion prepare(@PathParam("meetingId") long meetingId) {
    return minutes.prepare(meetingId);
  }

  @POST
  @Versioned
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reviewMinutes",
      summary =
          "Mark the minutes reviewed (a chair or a case worker of the region; where the region asks"
              + " for a second person, not the one who made them: 409 minutes.secondPersonReviews)")
  public MinutesVersion review(
      @PathParam("meetingId") long meetingId,
      @PathParam("id") long id,
      @NotNull @Valid Based body) {
    return minutes.review(meetingId, id, body.version());
  }

  @POST
  @Versioned
  @Path("{id}/approval")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "approveMinutes",
      summary =
          "Approve (lock) reviewed minutes; approving twice is refused; where the region asks for a"
              + " second person, minutes reviewed only by their maker are refused (409"
              + " minutes.reviewedByMaker)")
  public MinutesVersion approve(
      @PathParam("meetingId") long meetingId,
      @PathParam("id") long id,
      @NotNull @Valid Based body) {
    return minutes.approve(meetingId, id, body.version());
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "getMinutesPdf",
      summary =
          "The whole minutes as PDF in lang (fi, the default, sv or en) (region staff; audited)")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content = @Content(mediaType = "application/pdf"))
  public Response pdf(
      @PathParam("meetingId") long meetingId,
      @PathParam("id") long id,
      @QueryParam("lang") @Pattern(regexp = "fi|sv|en") String lang) {
    Locale language = lang == null ? SupportedLocales.DEFAULT : SupportedLocales.resolve(lang);
    return Response.ok(minutes.wholePdf(meetingId, id, language), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"muistio-" + id + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * A copy made of minutes: its id (the partner reads it with getMinutesCopyPdf), to whom, the
   * clients it holds, what the consent let it carry, when.
   */
  public record MinutesCopySent(
      long id,
      String recipient,
      List<Long> caseIds,
      @Schema(description = "the categories per client the copy carried, as recorded")
          String categories,
      Instant at) {

    static MinutesCopySent of(MinutesDistribution.CopySent copy) {
      return new MinutesCopySent(
          copy.id(),
          copy.recipient(),
          Arrays.stream(copy.caseIds().split(","))
              .map(String::strip)
              .filter(id -> !id.isEmpty())
              .map(Long::valueOf)
              .toList(),
          copy.categories(),
          copy.at());
    }
  }

  /** What sending did: to whom a copy went now (none: all had theirs), and every copy made. */
  public record MinutesSent(List<String> sentNow, List<MinutesCopySent> copies) {}

  @POST
  @Path("{id}/distribution")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "sendMinutes",
      summary =
          "Send approved minutes to the meeting's partner contacts, each their own cut as the"
              + " clients' consent allows their organisation now (a link by default, the PDF for"
              + " secure mail); sending again sends nothing twice (409 minutes.approveFirst before"
              + " approval)")
  public MinutesSent send(@PathParam("meetingId") long meetingId, @PathParam("id") long id) {
    MinutesDistribution.Distribution sent = distribution.distribute(meetingId, id);
    return new MinutesSent(
        sent.sentNow(), sent.copies().stream().map(MinutesCopySent::of).toList());
  }

  @GET
  @Path("{id}/copies")
  @Operation(
      operationId = "listMinutesCopies",
      summary =
          "The copies made of a minutes version: to whom, which clients, when (audited per client)")
  public List<MinutesCopySent> copies(
      @PathParam("meetingId") long meetingId,
      @PathParam("id") long id,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(
        distribution.copies(meetingId, id).stream().map(MinutesCopySent::of).toList(),
        ListOrders.MINUTES_COPIES,
        limit,
        cursor);
  }
}
