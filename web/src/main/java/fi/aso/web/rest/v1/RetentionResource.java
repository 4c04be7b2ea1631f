package fi.aso.web.rest.v1;

import fi.aso.application.retention.RetentionAdmin;
import fi.aso.application.search.FilterValues;
import fi.aso.domain.retention.Expired;
import fi.aso.domain.retention.RetentionKind;
import fi.aso.domain.retention.RetentionRecord;
import fi.aso.domain.staff.Role;
import fi.aso.web.rest.contract.ApiSchema;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Retention for the region's administrator: the periods per kind of data, the dry run (what the
 * next daily run would remove in the region) and the log of what went.
 */
@Path("v1/retention")
@Tag(name = "retention")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @Inject RetentionAdmin retention;

  /** A new period for one kind of data. */
  public record PeriodChange(
      @NotNull RetentionKind kind,
      @NotNull @Schema(description = "days, 1-36500", example = "730") Integer days) {}

  @GET
  @Path("periods")
  @Operation(
      operationId = "listRetentionPeriods",
      summary = "The region's retention period of each kind of data, and the default")
  public List<RetentionAdmin.Period> periods() {
    return retention.periods();
  }

  @PUT
  @Path("periods")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setRetentionPeriod",
      summary = "Set the region's retention period of one kind of data (1-36500 days); audited")
  public List<RetentionAdmin.Period> setPeriod(@Valid @NotNull PeriodChange change) {
    return retention.setPeriod(change.kind(), change.days());
  }

  @GET
  @Path("dry-run")
  @Operation(
      operationId = "retentionDryRun",
      summary =
          "What the next run would remove or anonymise in the region now (and the kept mails of"
              + " no region), in the order it would; nothing is changed")
  public List<Expired> dryRun() {
    return retention.dryRun();
  }

  @GET
  @Path("log")
  @Operation(
      operationId = "retentionLog",
      summary = "What the runs removed in the region and when, newest first (limit 1-1000)")
  public List<RetentionRecord> log(
      @ApiSchema(type = "integer", format = "int32") @QueryParam("limit") String limit) {
    // read as text: a bad number is a 400 that says which
    Long max = FilterValues.id(limit, "limit");
    return retention.log(max == null ? 200 : (int) Math.min(max, 1000));
  }
}
