package fi.aso.web.rest.v1;

import fi.aso.application.search.FilterValues;
import fi.aso.application.statistics.Statistics;
import fi.aso.application.statistics.StatisticsReport;
import fi.aso.domain.staff.Role;
import fi.aso.domain.statistics.FactKind;
import fi.aso.domain.statistics.Indicator;
import fi.aso.web.statistics.OutcomeFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The indicators of issue 17 for chairs and administrators (there is no national role): their own
 * region in full, another region or the whole platform with counts under five hidden. One call
 * gives every indicator's series, which is what a dashboard draws and exports.
 */
@Path("v1/statistics")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

  @Inject Statistics statistics;

  /** An indicator as defined in code: its unit and the facts it counts. */
  public record Definition(Indicator indicator, Indicator.Unit unit, List<FactKind> facts) {}

  @GET
  @Path("indicators")
  @RolesAllowed({Role.CHAIR_NAME, Role.ADMIN_NAME})
  @Operation(
      operationId = "listIndicators",
      summary =
          "The indicators with their fixed definitions (the unit and the facts counted; the"
              + " definitions in words are the help page's)")
  public List<Definition> indicators() {
    return Arrays.stream(Indicator.values())
        .map(i -> new Definition(i, i.unit(), i.kinds().stream().sorted().toList()))
        .toList();
  }

  @GET
  @Path("series")
  @RolesAllowed({Role.CHAIR_NAME, Role.ADMIN_NAME})
  @Operation(
      operationId = "statisticsSeries",
      summary =
          "Every indicator (or one) as a series over the periods: from and to are months"
              + " (2026-01; default the last twelve), granularity month, quarter or year, region"
              + " empty (the caller's own), 'all' (the whole platform) or a region's id (another"
              + " region and the whole platform hide counts under five), clientGroup all, prisoner,"
              + " short_sentence or probation_client")
  public StatisticsReport series(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("granularity") String granularity,
      @QueryParam("region") String region,
      @QueryParam("clientGroup") String clientGroup,
      @QueryParam("indicator") String indicator) {
    // read as text: a value the API does not know is a 400 that says which
    Indicator one = FilterValues.choice(Indicator.class, indicator, "indicator");
    Map<String, String> parameters = new HashMap<>();
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("granularity", granularity);
    parameters.put("region", region);
    parameters.put("clientGroup", clientGroup);
    return statistics.report(
        OutcomeFilter.of(parameters::get).request(one == null ? Set.of() : Set.of(one)));
  }

  @POST
  @Path("rebuild")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      operationId = "rebuildStatistics",
      summary =
          "Write the facts of every live case again from its data (forgotten cases' facts and"
              + " moved release dates are kept); audited")
  public Statistics.Rebuilt rebuild() {
    return statistics.rebuild();
  }
}
