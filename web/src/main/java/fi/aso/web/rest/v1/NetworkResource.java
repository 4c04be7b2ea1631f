package fi.aso.web.rest.v1;

import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.OrganisationType;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region's partner network, for its administrator. */
@Path("v1/organisations")
@Tag(name = "network")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

  @Inject Paging paging;
  @Inject NetworkAdmin network;
  @Inject PartnerNetwork partners;

  /** A new organisation. */
  public record NewOrganisation(
      String name, @NotNull OrganisationType type, DeliveryChannel preferredChannel) {}

  /**
   * A contact person, optionally with a deputy (another contact of the same organisation) and a
   * calendar feed (iCalendar free/busy or events, http/https) the slot finder reads.
   */
  public record NewContact(
      String name, String email, String phone, Long deputyId, String busyFeedUrl) {}

  @GET
  @Operation(
      operationId = "listOrganisations",
      summary = "The organisations of the administrator's region, with their contact persons")
  public List<NetworkAdmin.OrganisationDetails> list(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(network.network(), ListOrders.NETWORK, limit, cursor);
  }

  @GET
  @Path("consent-recipients")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Operation(
      operationId = "listConsentRecipients",
      summary =
          "The organisations a client's consent may name: those serving the caller's region, by"
              + " name (no contacts or links), as the case page's consent form lists them")
  public List<OrganisationSummary> consentRecipients(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(partners.ofCallersRegion(), ListOrders.ORGANISATIONS, limit, cursor);
  }

  @GET
  @Path("all")
  @Operation(
      operationId = "listAllOrganisations",
      summary = "Every organisation on the platform, to share an existing one with this region")
  public List<OrganisationSummary> all(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(network.allOrganisations(), ListOrders.ORGANISATIONS, limit, cursor);
  }

  @POST
  @Path("{id}/join")
  @Operation(
      operationId = "joinOrganisation",
      summary =
          "Ask to work with another region's organisation (e.g. a prison serving several regions):"
              + " 200 SERVES if it already serves this region, 202 REQUESTED while an administrator"
              + " of its home region decides")
  @APIResponse(
      responseCode = "200",
      description = "It already serves this region (SERVES)",
      content = @Content(schema = @Schema(implementation = JoinAnswer.class)))
  @APIResponse(
      responseCode = "202",
      description = "Asked; an administrator of its home region decides (REQUESTED)",
      content = @Content(schema = @Schema(implementation = JoinAnswer.class)))
  public Response join(@PathParam("id") long organisationId) {
    NetworkAdmin.Sharing sharing = network.join(organisationId);
    return Response.status(
            sharing == NetworkAdmin.Sharing.REQUESTED
                ? Response.Status.ACCEPTED
                : Response.Status.OK)
        .entity(new JoinAnswer(sharing))
        .build();
  }

  @GET
  @Path("share-requests")
  @Operation(
      operationId = "listShareRequests",
      summary =
          "Open requests to share an organisation: to decide (toDecide: this region keeps it) or"
              + " waiting for the home region")
  public List<NetworkAdmin.ShareRequestView> shareRequests(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(network.shareRequests(), ListOrders.SHARE_REQUESTS, limit, cursor);
  }

  @POST
  @Path("{id}/share-requests/{requestId}/acceptance")
  @Operation(
      operationId = "acceptShareRequest",
      summary = "Accept another region's request to work with this region's organisation")
  @APIResponse(responseCode = "204", description = "Done")
  public Response acceptShare(
      @PathParam("id") long organisationId, @PathParam("requestId") long requestId) {
    network.acceptShare(organisationId, requestId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/share-requests/{requestId}/refusal")
  @Operation(
      operationId = "refuseShareRequest",
      summary = "Refuse another region's request to work with this region's organisation")
  @APIResponse(responseCode = "204", description = "Done")
  public Response refuseShare(
      @PathParam("id") long organisationId, @PathParam("requestId") long requestId) {
    network.refuseShare(organisationId, requestId);
    return Response.noContent().build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addOrganisation",
      summary = "Add an organisation to the region's network")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response add(@NotNull @Valid NewOrganisation body) {
    long id = network.addOrganisation(body.name(), body.type(), body.preferredChannel());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  /**
   * Changes to an organisation: name, type, preferred delivery channel, and whether it has a
   * bookable video room (a prison's), with its fixed https link if it has one.
   */
  public record OrganisationChange(
      String name,
      @NotNull OrganisationType type,
      DeliveryChannel preferredChannel,
      Boolean videoRoom,
      String videoRoomUrl) {}

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateOrganisation",
      summary = "Rename or re-type an organisation, or change its delivery channel")
  @APIResponse(responseCode = "204", description = "Done")
  public Response update(
      @PathParam("id") long organisationId, @NotNull @Valid OrganisationChange body) {
    network.saveOrganisation(
        organisationId,
        new NetworkAdmin.OrganisationForm(
            body.name(),
            body.type(),
            body.preferredChannel(),
            body.videoRoom(),
            body.videoRoomUrl(),
            null));
    return Response.noContent().build();
  }

  /** The organisation's own system's address for signed invitations (WEBHOOK channel). */
  public record Webhook(
      @Schema(format = "uri", example = "https://kodit.example/aso") String url) {}

  /** A webhook's new signing key (base64), shown once; absent when the webhook was stopped. */
  public record SigningKey(String signingKey) {}

  /** Whether the organisation already serves the region (SERVES) or was asked (REQUESTED). */
  public record JoinAnswer(NetworkAdmin.Sharing sharing) {}

  /** A contact person's personal calendar-feed link, shown once. */
  public record CalendarFeed(@Schema(format = "uri") String url) {}

  @PUT
  @Path("{id}/webhook")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setWebhook",
      summary =
          "Set the organisation's webhook; answers the new signing key once (base64), or stops it with an empty url")
  public SigningKey webhook(@PathParam("id") long organisationId, Webhook body) {
    return network
        .useWebhook(organisationId, body == null ? null : body.url())
        .map(SigningKey::new)
        .orElse(new SigningKey(null));
  }

  @POST
  @Path("{id}/leave")
  @Operation(
      operationId = "leaveOrganisation",
      summary = "Take an organisation off this region's network (other regions keep it)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response leave(@PathParam("id") long organisationId) {
    network.leave(organisationId);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/contacts/{contactId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "updateContact", summary = "Change a contact person's details or deputy")
  @APIResponse(responseCode = "204", description = "Done")
  public Response updateContact(
      @PathParam("id") long organisationId,
      @PathParam("contactId") long contactId,
      @NotNull @Valid NewContact body) {
    network.updateContact(
        organisationId,
        contactId,
        body.name(),
        body.email(),
        body.phone(),
        body.deputyId(),
        body.busyFeedUrl());
    return Response.noContent().build();
  }

  @Inject InvitationSettings links;

  @POST
  @Path("{id}/contacts/{contactId}/calendar-feed")
  @Operation(
      operationId = "newCalendarFeed",
      summary =
          "A new personal calendar-feed link for the contact person (the old one stops working); shown once")
  public CalendarFeed newCalendarFeed(
      @PathParam("id") long organisationId, @PathParam("contactId") long contactId) {
    return new CalendarFeed(
        links.link("/calendar/" + network.newCalendarFeed(organisationId, contactId) + ".ics"));
  }

  @DELETE
  @Path("{id}/contacts/{contactId}/calendar-feed")
  @Operation(
      operationId = "revokeCalendarFeed",
      summary = "Stop the contact person's calendar feed")
  @APIResponse(responseCode = "204", description = "Done")
  public Response revokeCalendarFeed(
      @PathParam("id") long organisationId, @PathParam("contactId") long contactId) {
    network.revokeCalendarFeed(organisationId, contactId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}/contacts/{contactId}")
  @Operation(
      operationId = "deactivateContact",
      summary = "Deactivate a contact person (kept for the history of past invitations)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response deactivateContact(
      @PathParam("id") long organisationId, @PathParam("contactId") long contactId) {
    network.deactivateContact(organisationId, contactId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addContact",
      summary = "Add a contact person (yhdyshenkilö) to an organisation")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response addContact(
      @PathParam("id") long organisationId, @NotNull @Valid NewContact body) {
    long id =
        network.addContact(
            organisationId,
            body.name(),
            body.email(),
            body.phone(),
            body.deputyId(),
            body.busyFeedUrl());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }
}
