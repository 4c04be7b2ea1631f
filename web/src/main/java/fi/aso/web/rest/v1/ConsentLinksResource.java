package fi.aso.web.rest.v1;

import fi.aso.application.consent.ElectronicConsent;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.ConsentInvitation;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.staff.Role;
import fi.aso.web.faces.PublicAddress;
import fi.aso.web.rest.v1.ConsentsResource.Grant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The client's electronic consent link, as the case page issues it: a one-time link and a short
 * code the case worker hands to the client, who answers on the consent pages (which stay pages);
 * and revoking a link handed out by mistake.
 */
@Path("v1/cases/{caseId}/consent-links")
@Tag(name = "consent")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ConsentLinksResource {

  @Inject ElectronicConsent electronic;
  @Inject PublicAddress publicAddress;

  /**
   * What to ask the client: GIVE (the default) proposes the grants until validUntil; WITHDRAW lets
   * the client withdraw the consent in force (no grants, no date). The pages are in the client's
   * language.
   */
  public record LinkRequest(
      ConsentInvitation.Purpose purpose,
      @Schema(example = "2027-12-31") LocalDate validUntil,
      @NotNull @Pattern(regexp = "fi|sv|en") @Schema(example = "fi") String language,
      List<@NotNull @Valid Grant> grants) {}

  /**
   * The link and its code, shown this once (neither is stored in the clear); the link works once,
   * until expiresAt.
   */
  public record IssuedLink(
      long id,
      ConsentInvitation.Purpose purpose,
      @Schema(format = "uri") String url,
      @Schema(example = "042917") String code,
      Instant expiresAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "issueConsentLink",
      summary =
          "Make a one-time consent link and code for the client (to give consent: proposing the"
              + " grants; to withdraw: the consent in force); the case waits for consent (audited)")
  @APIResponse(
      responseCode = "201",
      description = "The link and its code (shown once)",
      content = @Content(schema = @Schema(implementation = IssuedLink.class)))
  public Response issue(@PathParam("caseId") long caseId, @NotNull @Valid LinkRequest body) {
    ConsentInvitation.Purpose purpose =
        body.purpose() == null ? ConsentInvitation.Purpose.GIVE : body.purpose();
    ElectronicConsent.Issued issued;
    if (purpose == ConsentInvitation.Purpose.WITHDRAW) {
      issued = electronic.inviteWithdrawal(caseId, body.language());
    } else {
      if (body.validUntil() == null) {
        throw new Refusal(
            Problems.INVALID_REQUEST, "validUntil: say until when the consent would be valid");
      }
      issued = electronic.invite(caseId, proposed(body), body.validUntil(), body.language());
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            new IssuedLink(
                issued.id(),
                purpose,
                publicAddress.link("/consent/start.xhtml?t=" + issued.token()),
                issued.code(),
                issued.expiresAt()))
        .build();
  }

  private static Map<Long, Set<InformationCategory>> proposed(LinkRequest body) {
    Map<Long, Set<InformationCategory>> proposed = new LinkedHashMap<>();
    if (body.grants() != null) {
      for (Grant grant : body.grants()) {
        if (grant.categories() != null && !grant.categories().isEmpty()) {
          proposed.put(grant.organisationId(), grant.categories());
        }
      }
    }
    return proposed;
  }

  @DELETE
  @Path("{linkId}")
  @Operation(
      operationId = "revokeConsentLink",
      summary =
          "Revoke a consent link of the case: it stops working at once (a link already used or"
              + " expired stays as it is; revoking again changes nothing)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response revoke(@PathParam("caseId") long caseId, @PathParam("linkId") long linkId) {
    electronic.revoke(caseId, linkId);
    return Response.noContent().build();
  }
}
