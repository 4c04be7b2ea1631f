package fi.aso.web.rest.v1;

import fi.aso.application.audit.CallerIdentity;
import fi.aso.application.invitation.DeliveryFilter;
import fi.aso.application.invitation.DeliveryQuery;
import fi.aso.application.invitation.DeliverySearch;
import fi.aso.application.invitation.Outbox;
import fi.aso.application.invitation.OutboxEntry;
import fi.aso.application.invitation.Replies;
import fi.aso.application.search.DateRange;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.invitation.DeliveryStatus;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Deliveries that failed or wait for a retry, and replies kept for a human: for administrators. */
@Path("v1")
@Tag(name = "deliveries")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

  @Inject Paging paging;
  @Inject Outbox outbox;
  @Inject DeliverySearch search;
  @Inject Replies replies;
  @Inject CallerIdentity caller;

  /** The outbox in numbers and the messages that need attention. */
  public record DeliveryState(Outbox.Counts counts, List<OutboxEntry> troubled) {}

  @GET
  @Path("deliveries")
  @Operation(
      operationId = "getDeliveries",
      summary = "Failed deliveries (dead) and those waiting for a retry, with their last error")
  public DeliveryState deliveries() {
    return new DeliveryState(outbox.counts(), outbox.troubled());
  }

  @GET
  @Path("deliveries/search")
  @Operation(
      operationId = "searchDeliveries",
      summary =
          "Search the region's outbox: status (attention: failing, dead or superseded; waiting,"
              + " failing, sent, dead, superseded; none: all), organisation (the recipient's id),"
              + " from and to (the days written), sort (newest, oldest), offset or cursor, and limit (1-200,"
              + " default 50); one page with the total and the next page's offset and cursor (next, also in the Link header) and cursor (next, also in the Link header) (no message"
              + " bodies, no case data)")
  public Page<OutboxEntry> search(
      @QueryParam("status") String status,
      @ApiSchema(
              type = "integer",
              format = "int64",
              description = "Only messages to this organisation (an id)")
          @QueryParam("organisation")
          String organisation,
      @ApiSchema(description = "Written on or after this day (a date, Europe/Helsinki)")
          @QueryParam("from")
          LocalDate from,
      @ApiSchema(description = "Written on or before this day") @QueryParam("to") LocalDate to,
      @ApiSchema(description = "newest (the default) or oldest, by when written, then by id")
          @QueryParam("sort")
          String sort,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("offset") String offset,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.linked(
        search.search(
            new DeliveryQuery(
                FilterValues.choice(DeliveryFilter.class, status, "status"),
                FilterValues.id(organisation, "organisation"),
                new DateRange(from, to),
                sort,
                PageRequest.parse(offset, limit, cursor, 50, 200))));
  }

  @POST
  @Path("deliveries/{id}/retry")
  @Operation(
      operationId = "retryDelivery",
      summary =
          "Send a failed or waiting message again now, if the client's consent still allows it:"
              + " 204 when it is queued again, 200 with the message when it was superseded instead"
              + " (status SUPERSEDED, the reason in words)")
  @APIResponse(responseCode = "204", description = "Queued again")
  @APIResponse(
      responseCode = "200",
      description = "Superseded instead of sent: the message with its reason",
      content = @Content(schema = @Schema(implementation = OutboxEntry.class)))
  public Response retry(@PathParam("id") long id) {
    OutboxEntry entry = outbox.retry(id);
    if (entry.status() == DeliveryStatus.SUPERSEDED) {
      return Response.ok(entry).build();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("replies")
  @Operation(
      operationId = "listKeptReplies",
      summary =
          "Mails in the inbox that could not be applied (unknown invitation, no calendar), for a human")
  public List<Replies.KeptReply> keptReplies(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(replies.unhandled(), ListOrders.KEPT_REPLIES, limit, cursor);
  }

  @GET
  @Path("replies/{id}")
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(operationId = "getKeptReply", summary = "The kept mail's text (audited)")
  public String keptReply(@PathParam("id") long id) {
    return replies.open(id);
  }

  @POST
  @Path("replies/{id}/handled")
  @Operation(operationId = "markReplyHandled", summary = "Mark a kept reply as handled")
  @APIResponse(responseCode = "204", description = "Done")
  public Response handled(@PathParam("id") long id) {
    replies.markHandled(id, caller.name());
    return Response.noContent().build();
  }
}
