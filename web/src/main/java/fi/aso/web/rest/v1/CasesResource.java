package fi.aso.web.rest.v1;

import fi.aso.application.audit.AccessReport;
import fi.aso.application.audit.AccessReportQuery;
import fi.aso.application.clientcase.CaseAccessReport;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseQuery;
import fi.aso.application.clientcase.CaseView;
import fi.aso.application.clientcase.WorkListEntry;
import fi.aso.application.clientdata.ClientData;
import fi.aso.application.clientdata.ClientDataExport;
import fi.aso.application.meeting.BookingProposal;
import fi.aso.application.meeting.SlotBooking;
import fi.aso.application.referral.NewReferral;
import fi.aso.application.referral.Referrals;
import fi.aso.application.retention.LegalHolds;
import fi.aso.application.search.FilterValues;
import fi.aso.application.search.Page;
import fi.aso.application.search.PageRequest;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.retention.LegalHold;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

  @Inject Paging paging;
  @Inject CaseFile caseFile;
  @Inject CaseAccessReport reports;
  @Inject Referrals referrals;
  @Inject SlotBooking booking;
  @Inject LegalHolds legalHolds;
  @Inject ClientDataExport clientData;

  /** A referral as the API takes it. */
  public record NewCase(
      @NotNull @Schema(example = "Matti Esimerkki") String fullName,
      @Schema(example = "1985-03-14") LocalDate dateOfBirth,
      @Schema(description = "the Finnish personal identity code, if known") String identityCode,
      ClientKind kind,
      @Schema(description = "the prison or probation office the client is in", example = "3")
          long institutionId,
      @Schema(example = "2027-02-01") LocalDate expectedReleaseDate,
      @Schema(description = "the referral's texts by topic (only topics that have one)")
          Map<Referral.Topic, String> referral) {}

  /** New referral texts, with the case version they were based on. */
  public record ReferralUpdate(long version, @NotNull Map<Referral.Topic, String> referral) {}

  /** The client's release date (null: not known) and institution now, with the case version. */
  /** A moved release date or a transfer, based on the case's version as read. */
  public record ReleaseUpdate(
      long version, @NotNull LocalDate expectedReleaseDate, long institutionId) {}

  @POST
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "referCase",
      summary = "Refer a client to the group: opens a case in the caller's region")
  @APIResponse(
      responseCode = "201",
      description = "The case as the caller sees it; Location names it",
      content = @Content(schema = @Schema(implementation = CaseView.class)))
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
  @Versioned
  @Path("{id}/referral")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateReferral",
      summary = "Update the referral texts; refused with 409 if the case changed since it was read")
  public CaseView updateReferral(@PathParam("id") long id, @NotNull @Valid ReferralUpdate body) {
    referrals.updateReferral(id, body.version(), body.referral());
    return caseFile.read(id, "REST API");
  }

  @PUT
  @Versioned
  @Path("{id}/release")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateRelease",
      summary =
          "Record a moved release date or a transfer (the probation service's system, or a case"
              + " worker): the client's coming slots are flagged for the chair where they need a"
              + " decision, nothing is re-sent until then; 409 if the case changed since it was read")
  public CaseView updateRelease(@PathParam("id") long id, @NotNull @Valid ReleaseUpdate body) {
    referrals.updateRelease(id, body.version(), body.expectedReleaseDate(), body.institutionId());
    return caseFile.read(id, "REST API");
  }

  @GET
  @Operation(
      operationId = "listCases",
      summary = "Open cases: the region's work list, or for a partner the consented cases")
  public List<WorkListEntry> list(
      @Context SecurityContext security,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    boolean staffOfRegion =
        security.isUserInRole(Role.CHAIR_NAME) || security.isUserInRole(Role.CASE_WORKER_NAME);
    return paging.page(
        staffOfRegion ? caseFile.workList() : caseFile.partnerCases(),
        ListOrders.CASES,
        limit,
        cursor);
  }

  @GET
  @Path("search")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Operation(
      operationId = "searchCases",
      summary =
          "Search the region's open cases: q (part of a name or reference, or a whole identity"
              + " code), state, urgent, mine, sort (release, name, reference), offset or cursor, and limit"
              + " (1-200, default 50); one page with the total and the next page's offset and cursor (next, also in the Link header) and cursor (next, also in the Link header)")
  public Page<WorkListEntry> search(
      @ApiSchema(
              description =
                  "Part of the client's name or the case reference (any case), or a whole personal identity code")
          @QueryParam("q")
          String q,
      @ApiSchema(description = "Only cases in this state (a CaseState, any case)")
          @QueryParam("state")
          String state,
      @ApiSchema(description = "true: only fast-track cases (release close)") @QueryParam("urgent")
          boolean urgent,
      @ApiSchema(description = "true: only the caller's own clients") @QueryParam("mine")
          boolean mine,
      @ApiSchema(
              description =
                  "release (the default: soonest release first, then released, then unknown), name or reference; each then by id")
          @QueryParam("sort")
          String sort,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("offset") String offset,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    return paging.linked(
        caseFile.search(
            new CaseQuery(
                q,
                FilterValues.choice(CaseState.class, state, "state"),
                urgent,
                mine,
                sort,
                PageRequest.parse(offset, limit, cursor, 50, 200))));
  }

  @GET
  @Path("{id}/booking")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(
      operationId = "proposeBooking",
      summary =
          "Propose a slot for the client: the next planned meeting with room (or meetingId),"
              + " the start, how the client attends, and the consented organisations' contact"
              + " persons with one per organisation chosen (the deputy when the contact person is"
              + " busy); book it with POST /meetings/{id}/slots and contactPersonIds")
  public BookingProposal booking(
      @PathParam("id") long id,
      @ApiSchema(type = "integer", format = "int64") @QueryParam("meetingId") String meetingId,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("minutes") String minutes) {
    // read as text: a bad number is a 400 that says which, not JAX-RS's bare 404
    Long length = FilterValues.id(minutes, "minutes");
    if (length != null && (length < 5 || length > 240)) {
      throw new Refusal("slot.lengthRange", "minutes must be 5-240", "5", "240");
    }
    return booking.propose(
        id,
        FilterValues.id(meetingId, "meetingId"),
        length == null ? SlotBooking.DEFAULT_MINUTES : length.intValue());
  }

  @GET
  @Path("{id}/access-report")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Operation(
      operationId = "getAccessReport",
      summary =
          "Who has seen, received or changed what about this client, and when: grouped by who and"
              + " what, newest first, in words of lang (fi, sv, en); from and to (dates, both"
              + " included), recipient (a key of the report's recipients), page (from 1) and limit"
              + " (1-100, default 25)")
  public AccessReport accessReport(
      @PathParam("id") long id,
      @ApiSchema(description = "From this day (a date, Europe/Helsinki)") @QueryParam("from")
          String from,
      @ApiSchema(description = "To this day, included") @QueryParam("to") String to,
      @ApiSchema(
              description = "Only what went to this recipient (a key of the report's recipients)")
          @QueryParam("recipient")
          String recipient,
      @ApiSchema(type = "integer", format = "int32", description = "The page, counting from 1")
          @QueryParam("page")
          String page,
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit,
      @ApiSchema(description = "fi (the default), sv or en: the language of the report's words")
          @QueryParam("lang")
          String lang) {
    return reports.page(id, AccessReportQuery.of(from, to, recipient, page, limit), language(lang));
  }

  @GET
  @Path("{id}/access-report/pdf")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Produces("application/pdf")
  @Operation(
      operationId = "getAccessReportPdf",
      summary =
          "The access report as the PDF handed to the client, in lang (fi, sv, en): every group of"
              + " the period (from, to) and recipient; audited")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content = @Content(mediaType = "application/pdf"))
  public Response accessReportPdf(
      @PathParam("id") long id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("recipient") String recipient,
      @QueryParam("lang") String lang) {
    byte[] pdf =
        reports.pdf(id, AccessReportQuery.of(from, to, recipient, null, null), language(lang));
    return download(pdf, "tietojen-kaytto-" + id + ".pdf");
  }

  /** Why the case is to be kept whatever its retention period. */
  public record HoldRequest(@NotNull @Schema(example = "kantelu vireillä") String reason) {}

  @GET
  @Path("{id}/legal-hold")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Operation(
      operationId = "getLegalHold",
      summary = "The case's legal hold (204: none): while it holds, retention leaves the case")
  @APIResponse(
      responseCode = "200",
      description = "The hold",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LegalHold.class)))
  @APIResponse(responseCode = "204", description = "No hold")
  public Response legalHold(@PathParam("id") long id) {
    return legalHolds
        .of(id)
        .map(hold -> Response.ok(hold).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @PUT
  @Path("{id}/legal-hold")
  @RolesAllowed(Role.CHAIR_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setLegalHold",
      summary = "Keep the case from retention, with a reason (a complaint, a claim); audited")
  public LegalHold hold(@PathParam("id") long id, @Valid @NotNull HoldRequest request) {
    return legalHolds.hold(id, request.reason());
  }

  @DELETE
  @Path("{id}/legal-hold")
  @RolesAllowed(Role.CHAIR_NAME)
  @Operation(operationId = "releaseLegalHold", summary = "Release the case's legal hold; audited")
  @APIResponse(responseCode = "204", description = "Done")
  public Response releaseHold(@PathParam("id") long id) {
    legalHolds.release(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/client-data")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Operation(
      operationId = "exportClientData",
      summary =
          "Everything the platform holds about the client (schema aso-client-data/1: the case,"
              + " state history, consents with their history, meetings, the client's part of the"
              + " minutes, actions, follow-up and the access report in words of lang); audited")
  public ClientData clientData(@PathParam("id") long id, @QueryParam("lang") String lang) {
    return clientData.json(id, language(lang));
  }

  @GET
  @Path("{id}/client-data/pdf")
  @RolesAllowed({Role.CHAIR_NAME, Role.CASE_WORKER_NAME})
  @Produces("application/pdf")
  @Operation(
      operationId = "exportClientDataPdf",
      summary =
          "The client's own data as a PDF in the client's language (lang: fi, sv, en); audited")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content = @Content(mediaType = "application/pdf"))
  public Response clientDataPdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
    byte[] pdf = clientData.pdf(id, language(lang));
    return download(pdf, "omat-tiedot-" + id + ".pdf");
  }

  /** A PDF about the client, as a download that no cache keeps. */
  private static Response download(byte[] pdf, String fileName) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Locale language(String lang) {
    return lang == null || lang.isBlank() ? null : Locale.of(lang.strip());
  }

  @GET
  @Versioned
  @Path("{id}")
  @Operation(
      operationId = "getCase",
      summary = "One case, with only the categories the caller may see")
  public CaseView read(@PathParam("id") long id) {
    return caseFile.read(id, "REST API");
  }
}
