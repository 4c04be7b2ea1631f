package fi.aso.web.rest.v1;

import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.domain.staff.Role;
import fi.aso.web.i18n.SupportedLocales;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A partner's copy of approved minutes, for a partner system with a bearer token: the same copy as
 * the mailed link ({@code /minutes/copy.pdf?id=<copyId>}) opens for a signed-in person, cut by the
 * clients' consent as it is now.
 */
@Path("v1/minutes-copies")
@Tag(name = "minutes")
@RolesAllowed({Role.PARTNER_NAME, Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
public class MinutesCopiesResource {

  @Inject MinutesDistribution distribution;

  @GET
  @Path("{copyId}/pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "getMinutesCopyPdf",
      summary =
          "A copy of the minutes as PDF in lang (fi, the default, sv or en): for the partners of"
              + " the copy's organisation, with what the clients' consent allows it now, or for the"
              + " region's chairs and case workers (audited per client); the copy's id is in the"
              + " minutes mail's or webhook's link")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content = @Content(mediaType = "application/pdf"))
  public Response pdf(
      @PathParam("copyId") long copyId,
      @QueryParam("lang") @Pattern(regexp = "fi|sv|en") String lang) {
    Locale language = lang == null ? SupportedLocales.DEFAULT : SupportedLocales.resolve(lang);
    return Response.ok(distribution.copyPdf(copyId, language), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"muistio-kopio-" + copyId + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
