package fi.aso.web.rest.v1;

import fi.aso.application.staff.PasswordLinks;
import fi.aso.application.staff.StaffAccounts;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.Versioned;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's staff register: accounts of the region, their roles, deactivation. A change
 * counts at the user's next request, whatever token or session they hold.
 */
@Path("v1/staff")
@Tag(name = "staff")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject Paging paging;
  @Inject StaffAccounts accounts;
  @Inject PasswordLinks passwordLinks;

  /**
   * A new account: user name, name, e-mail, roles and the organisation they work for; a partner
   * user names the contact person they act as instead (their organisation is the person's).
   */
  public record NewAccount(
      @NotNull String username,
      @NotNull String displayName,
      String email,
      @NotEmpty Set<@NotNull Role> roles,
      Long organisationId,
      Long contactPersonId) {}

  /** The roles from now on, based on the account's version as read. */
  public record Roles(@NotNull Long version, @NotEmpty Set<@NotNull Role> roles) {}

  /** The account's version as read, which a change is based on. */
  /** When the mailed set-password link stops working. */
  public record PasswordLink(@Schema(format = "date-time") String expiresAt) {}

  @Schema(name = "StaffBasis")
  public record Based(@NotNull Long version) {}

  @GET
  @Operation(
      operationId = "listStaff",
      summary = "The staff accounts of the administrator's region")
  public List<StaffAccounts.Account> list(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(accounts.ofRegion(), ListOrders.STAFF, limit, cursor);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createStaffAccount",
      summary = "Create a staff account in the administrator's region")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response create(@NotNull @Valid NewAccount body) {
    long id =
        accounts.create(
            body.username(),
            body.displayName(),
            body.email(),
            body.roles(),
            body.organisationId(),
            body.contactPersonId());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @PUT
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setStaffRoles",
      summary =
          "Change an account's roles (counts at the user's next request); answers the account")
  @Versioned
  public StaffAccounts.Account roles(@PathParam("id") long id, @NotNull @Valid Roles body) {
    accounts.changeRoles(id, body.version(), body.roles());
    return accounts.account(id);
  }

  @POST
  @Path("{id}/deactivation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "deactivateStaff",
      summary =
          "Deactivate an account: its tokens and sessions fail at the next request; answers the"
              + " account")
  @Versioned
  public StaffAccounts.Account deactivate(@PathParam("id") long id, @NotNull @Valid Based body) {
    accounts.deactivate(id, body.version());
    return accounts.account(id);
  }

  @POST
  @Path("{id}/reactivation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "reactivateStaff", summary = "Reactivate an account; answers it")
  @Versioned
  public StaffAccounts.Account reactivate(@PathParam("id") long id, @NotNull @Valid Based body) {
    accounts.reactivate(id, body.version());
    return accounts.account(id);
  }

  @POST
  @Path("{id}/password-link")
  @Operation(
      operationId = "sendPasswordLink",
      summary =
          "Mail the account a one-time link to set its password (24 hours, single use; older links"
              + " stop working; no password is ever shown or mailed)")
  public PasswordLink passwordLink(@PathParam("id") long id) {
    return new PasswordLink(passwordLinks.send(id).toString());
  }
}
