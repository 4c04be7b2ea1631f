package fi.aso.web.rest.v1;

import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseView;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.domain.staff.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Client cases over REST, through the same CaseFile as the pages: the consent policy decides
 * what a partner sees, and every read is audited. A case the caller may not see is a 404.
 */
@Path("v1/cases")
@Tag(name = "cases")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME, Role.PARTNER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject CaseFile caseFile;

  @GET
  @Operation(summary = "Open cases: the region's work list, or for a partner the consented cases")
  public List<WorkListEntry> list(@Context SecurityContext security) {
    boolean staffOfRegion = security.isUserInRole(Role.CHAIR_NAME) || security.isUserInRole(Role.CASE_WORKER_NAME);
    return staffOfRegion ? caseFile.workList() : caseFile.partnerCases();
  }

  @GET
  @Path("{id}/access-report")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(summary = "Who has seen, received or changed what about this client, and when")
  public List<fi.aso.application.audit.AccessReportLine> accessReport(@PathParam("id") long id) {
    return caseFile.accessReport(id);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One case, with only the categories the caller may see")
  public CaseView read(@PathParam("id") long id) {
    return caseFile.read(id, "REST API");
  }
}
