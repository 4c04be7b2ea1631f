package fi.aso.web.rest.v1;

import fi.aso.application.audit.AccessReportLine;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseQuery;
import fi.aso.application.clientcase.CaseView;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.referral.NewReferral;
import fi.aso.application.referral.Referrals;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.staff.Role;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Client cases over REST, through the same CaseFile as the pages: the consent policy decides what a
 * partner sees, and every read is audited. A case the caller may not see is a 404.
 */
@Path("v1/cases")
@Tag(name = "cases")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject CaseFile caseFile;
  @Inject Referrals referrals;

  /** A referral as the API takes it. */
  public record NewCase(
      @NotNull String fullName,
      LocalDate dateOfBirth,
      String identityCode,
      ClientKind kind,
      long institutionId,
      LocalDate expectedReleaseDate,
      Map<Referral.Topic, String> referral) {}

  /** New referral texts, with the case version they were based on. */
  public record ReferralUpdate(long version, @NotNull Map<Referral.Topic, String> referral) {}

  @POST
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Refer a client to the group: opens a case in the caller's region")
  public Response refer(@NotNull @Valid NewCase body, @Context UriInfo uri) {
    long id =
        referrals.refer(
            new NewReferral(
                body.fullName(),
                body.dateOfBirth(),
                body.identityCode(),
                body.kind(),
                body.institutionId(),
                body.expectedReleaseDate(),
                body.referral()));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(caseFile.read(id, "REST API"))
        .build();
  }

  @PUT
  @Path("{id}/referral")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Update the referral texts; refused with 409 if the case changed since it was read")
  public CaseView updateReferral(@PathParam("id") long id, @NotNull @Valid ReferralUpdate body) {
    referrals.updateReferral(id, body.version(), body.referral());
    return caseFile.read(id, "REST API");
  }

  @GET
  @Operation(summary = "Open cases: the region's work list, or for a partner the consented cases")
  public List<WorkListEntry> list(@Context SecurityContext security) {
    boolean staffOfRegion =
        security.isUserInRole(Role.CHAIR_NAME) || security.isUserInRole(Role.CASE_WORKER_NAME);
    return staffOfRegion ? caseFile.workList() : caseFile.partnerCases();
  }

  @GET
  @Path("search")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Operation(
      summary =
          "Search the region's open cases: q (part of a name or reference, or a whole identity"
              + " code), state, urgent, mine, sort (release, name, reference), offset and limit"
              + " (1-200, default 50); one page with the total and the next page's offset")
  public Page<WorkListEntry> search(
      @QueryParam("q") String q,
      @QueryParam("state") String state,
      @QueryParam("urgent") boolean urgent,
      @QueryParam("mine") boolean mine,
      @QueryParam("sort") String sort,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    return caseFile.search(
        new CaseQuery(
            q,
            FilterValues.choice(CaseState.class, state, "state"),
            urgent,
            mine,
            sort,
            PageRequest.parse(offset, limit, 50)));
  }

  @GET
  @Path("{id}/access-report")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Who has seen, received or changed what about this client, and when")
  public List<AccessReportLine> accessReport(@PathParam("id") long id) {
    return caseFile.accessReport(id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One case, with only the categories the caller may see")
  public CaseView read(@PathParam("id") long id) {
    return caseFile.read(id, "REST API");
  }
}
