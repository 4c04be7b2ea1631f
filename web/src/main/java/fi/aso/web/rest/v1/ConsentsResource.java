package fi.aso.web.rest.v1;

import fi.aso.application.consent.ConsentGrant;
import fi.aso.application.consent.ConsentRegistry;
import fi.aso.application.consent.ConsentSummary;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.ConsentDocument;
import fi.aso.domain.consent.InformationCategory;
import fi.aso.domain.staff.Role;
import fi.aso.web.Upload;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's consent: its versions, recording a signed paper form, and withdrawal. */
@Path("v1/cases/{caseId}/consents")
@Tag(name = "consent")
@RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class ConsentsResource {

  @Inject Paging paging;
  @Inject ConsentRegistry registry;

  /**
   * The body of a paper consent: who may receive what, until when, under which text; optionally the
   * latest version the sender saw (0: none), so that a consent recorded by someone else in the
   * meantime is not silently superseded (409).
   */
  public record PaperConsent(
      @NotNull @Schema(example = "2027-12-31") LocalDate validUntil,
      @Schema(
              description = "the version of the consent text the client signed",
              example = "fi-2026-1")
          String textVersion,
      @NotEmpty List<@NotNull @Valid Grant> grants,
      Integer replacesVersion) {}

  /** One organisation and the categories it may receive (none: refused). */
  public record Grant(long organisationId, Set<@NotNull InformationCategory> categories) {}

  /**
   * What to withdraw, said explicitly: one organisation ({@code organisationId}) or the whole
   * consent ({@code "wholly": true}), never both; an empty body withdraws nothing.
   */
  public record Withdrawal(Long organisationId, Boolean wholly) {}

  /** The organisations whose consent was withdrawn. */
  public record Withdrawn(Set<Long> withdrawnFor) {}

  @GET
  @Operation(operationId = "listConsents", summary = "The consent versions of a case")
  public List<ConsentSummary> history(
      @PathParam("caseId") long caseId,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.page(
        registry.history(caseId).stream().map(ConsentSummary::of).toList(),
        ListOrders.CONSENTS,
        limit,
        cursor);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordPaperConsent",
      summary = "Record a consent from a signed paper form")
  @APIResponse(
      responseCode = "201",
      description = "The consent version recorded",
      content = @Content(schema = @Schema(implementation = ConsentSummary.class)))
  public Response record(@PathParam("caseId") long caseId, @NotNull @Valid PaperConsent body) {
    Map<Long, Set<InformationCategory>> grants = new HashMap<>();
    for (Grant grant : body.grants()) {
      grants.put(
          grant.organisationId(), grant.categories() == null ? Set.of() : grant.categories());
    }
    var consent =
        registry.recordPaperConsent(
            caseId,
            new ConsentGrant(
                grants, body.validUntil(), body.textVersion(), body.replacesVersion()));
    return Response.status(Response.Status.CREATED).entity(ConsentSummary.of(consent)).build();
  }

  @PUT
  @Path("{version}/scan")
  @Consumes({"application/pdf", "image/jpeg", "image/png"})
  @Operation(
      operationId = "attachConsentScan",
      summary =
          "Attach the scanned, signed paper form to a paper consent version (stored encrypted);"
              + " another upload replaces it. Taken only as a PDF, JPEG or PNG as its content"
              + " shows (not as declared), a PDF without JavaScript, automatic actions or embedded"
              + " files; at most 10 MB (413 above that)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response attachScan(
      @PathParam("caseId") long caseId,
      @PathParam("version") int version,
      @HeaderParam("X-File-Name") String fileName,
      @HeaderParam("Content-Length") Long declaredLength,
      InputStream body)
      throws IOException {
    Optional<byte[]> content = Upload.readAtMost(body, declaredLength, ConsentDocument.MAX_BYTES);
    if (content.isEmpty()) {
      return Problems.problem(
          Response.Status.REQUEST_ENTITY_TOO_LARGE,
          "Too large",
          "the scan must be at most 10 MB",
          "consent.scanSize");
    }
    registry.attachScan(caseId, version, fileName, content.get());
    return Response.noContent().build();
  }

  @GET
  @Path("{version}/scan")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  @Operation(
      operationId = "getConsentScan",
      summary = "The scanned paper form of a consent version")
  @APIResponse(
      responseCode = "200",
      description = "The scan, in the type it was stored as",
      content = {
        @Content(mediaType = "application/pdf"),
        @Content(mediaType = "image/jpeg"),
        @Content(mediaType = "image/png")
      })
  public Response scan(@PathParam("caseId") long caseId, @PathParam("version") int version) {
    return registry
        .scan(caseId, version)
        .map(
            s ->
                Response.ok(s.content(), s.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + s.fileName() + "\"")
                    .build())
        .orElseGet(
            () ->
                Problems.problem(
                    Response.Status.NOT_FOUND,
                    "No scan",
                    "This consent version has no scanned form.",
                    "consent.noScan"));
  }

  @POST
  @Path("withdrawals")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "withdrawConsent",
      summary =
          "Withdraw the consent in force, for one organisation ({\"organisationId\": id}) or"
              + " wholly ({\"wholly\": true})")
  public Withdrawn withdraw(@PathParam("caseId") long caseId, @NotNull Withdrawal body) {
    boolean wholly = Boolean.TRUE.equals(body.wholly());
    if (wholly == (body.organisationId() != null)) {
      // withdrawing everything must never be what an empty or half-filled body does
      throw new Refusal(
          "consent.withdrawalScope",
          "say what to withdraw: organisationId for one organisation, or \"wholly\": true");
    }
    var lost = registry.withdraw(caseId, wholly ? null : body.organisationId());
    return new Withdrawn(lost);
  }
}
