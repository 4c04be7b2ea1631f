package fi.aso.web.rest.v1;

import fi.aso.application.search.FilterValues;
import fi.aso.application.servicemap.ServiceCatalogue;
import fi.aso.application.servicemap.ServiceView;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.servicemap.ReferralWay;
import fi.aso.domain.servicemap.ServiceDescription;
import fi.aso.domain.servicemap.ServiceKind;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.Versioned;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The region's service catalogue (issue 20): read by everyone signed in, kept by the region's
 * administrators (also as CSV) and, for their own organisation's services, by its partner users.
 */
@Path("v1/services")
@Tag(name = "services")
@RolesAllowed({Role.ADMIN_NAME, Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

  /** The catalogue as CSV, UTF-8 (see CatalogueCsv for its columns). */
  public static final String CSV = "text/csv";

  @Inject Paging paging;
  @Inject ServiceCatalogue catalogue;

  /** A service as its editors describe it; kind, names and so on as in the answers. */
  public record NewService(
      @NotNull Long organisationId,
      @NotNull ServiceKind kind,
      String nameFi,
      String nameSv,
      String nameEn,
      String targetGroup,
      Set<ReferralWay> referralWays,
      String openingHours,
      String phone,
      String email,
      String address,
      String webAddress,
      Set<InformationCategory> informationNeeds) {

    ServiceDescription description() {
      return new ServiceDescription(
          kind,
          nameFi,
          nameSv,
          nameEn,
          targetGroup,
          referralWays,
          openingHours,
          phone,
          email,
          address,
          webAddress,
          informationNeeds);
    }
  }

  /** A change to a service, based on the version read; the provider is kept when left out. */
  public record ServiceChange(
      @NotNull Long version,
      Long organisationId,
      @NotNull ServiceKind kind,
      String nameFi,
      String nameSv,
      String nameEn,
      String targetGroup,
      Set<ReferralWay> referralWays,
      String openingHours,
      String phone,
      String email,
      String address,
      String webAddress,
      Set<InformationCategory> informationNeeds) {

    ServiceDescription description() {
      return new ServiceDescription(
          kind,
          nameFi,
          nameSv,
          nameEn,
          targetGroup,
          referralWays,
          openingHours,
          phone,
          email,
          address,
          webAddress,
          informationNeeds);
    }
  }

  @GET
  @Operation(
      operationId = "listServices",
      summary =
          "The services of the caller's region, by kind (in the list's order) and name; kind (a"
              + " ServiceKind) and organisation (an id) narrow it; editable says whether the caller"
              + " may change each")
  public List<ServiceView> list(
      @ApiSchema(description = "Only services of this kind (a ServiceKind)") @QueryParam("kind")
          String kind,
      @ApiSchema(
              type = "integer",
              format = "int64",
              description = "Only services of this provider organisation (an id)")
          @QueryParam("organisation")
          String organisation,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(
        catalogue.list(
            new ServiceCatalogue.Filter(
                FilterValues.choice(ServiceKind.class, kind, "kind"),
                FilterValues.id(organisation, "organisation"))),
        ListOrders.SERVICES,
        limit,
        cursor);
  }

  @GET
  @Versioned
  @Path("{id}")
  @Operation(operationId = "getService", summary = "One service of the caller's region's catalogue")
  public ServiceView get(@PathParam("id") long id) {
    return catalogue.get(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_NAME})
  @Operation(
      operationId = "addService",
      summary =
          "Add a service, offered by an organisation of the region's network: the region's"
              + " administrators any organisation's, a partner user their own organisation's"
              + " (another organisation: 403)")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = Created.class)))
  public Response create(@NotNull @Valid NewService body) {
    long id = catalogue.create(body.organisationId(), body.description());
    return Response.status(Response.Status.CREATED).entity(new Created(id)).build();
  }

  @PUT
  @Versioned
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_NAME})
  @Operation(
      operationId = "updateService",
      summary =
          "Change a service as read (version): the region's administrators any, a partner user"
              + " their own organisation's (not its provider); 409 when it changed in between;"
              + " answers the service as changed")
  public ServiceView update(@PathParam("id") long id, @NotNull @Valid ServiceChange body) {
    catalogue.update(id, body.version(), body.organisationId(), body.description());
    return catalogue.get(id);
  }

  @DELETE
  @Versioned(tagged = false)
  @Path("{id}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      operationId = "retireService",
      summary =
          "Retire a service (version as a query parameter): it leaves the catalogue, referrals to"
              + " it keep it")
  @APIResponse(responseCode = "204", description = "Done")
  public Response retire(@PathParam("id") long id, @QueryParam("version") Long version) {
    catalogue.retire(id, version);
    return Response.noContent().build();
  }

  @GET
  @Path("export")
  @Produces(CSV + ";charset=UTF-8")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      operationId = "exportServices",
      summary =
          "The region's catalogue as a CSV file (id, version, organisation by name, kind, names,"
              + " target group, referral ways, opening hours, contact, information needs)")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = CSV))
  public Response export() {
    return Response.ok(catalogue.exportCsv())
        .header("Content-Disposition", "attachment; filename=\"palvelut.csv\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("import")
  @Consumes(CSV)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      operationId = "importServices",
      summary =
          "Read a CSV file of the export's columns into the region's catalogue: a row with an id"
              + " (and version) changes that service, one without adds one; a bad row refuses the"
              + " whole file, naming its line (400 services.csvLine), and nothing changes")
  public ServiceCatalogue.ImportResult importCsv(String csv) {
    return catalogue.importCsv(csv);
  }
}
