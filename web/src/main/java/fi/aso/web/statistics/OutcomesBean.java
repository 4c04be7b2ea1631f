package fi.aso.web.statistics;

import fi.aso.application.network.NotPermitted;
import fi.aso.application.statistics.Statistics;
import fi.aso.domain.Refusal;
import fi.aso.domain.statistics.ClientGroup;
import fi.aso.domain.statistics.Granularity;
import fi.aso.web.faces.LocaleBean;
import fi.aso.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The outcomes dashboard (issue 17) for chairs and administrators: their own region in full, or
 * another region or the whole platform with small counts hidden (there is no national role, so the
 * national view is "all regions"). The filters are the page's address, so that a view can be
 * bookmarked and its exports count the same.
 */
@Named("outcomes")
@RequestScoped
public class OutcomesBean {

  @Inject Statistics statistics;
  @Inject ExternalContext external;
  @Inject LocaleBean locale;
  @Inject Messages messages;

  private OutcomeView view;
  private OutcomeFilter filter;
  private String hidden;

  /** The page's view action: reads the filters and counts; a bad filter is said, nothing shown. */
  public void load() {
    // worded with the session's language: the view's own locale is not set yet in a view action
    OutcomeTables tables = new OutcomeTables(locale.getLocale());
    try {
      filter = OutcomeFilter.of(external.getRequestParameterMap()::get);
      view = OutcomeView.of(statistics, filter, tables);
    } catch (Refusal e) {
      // only the months are typed; the lists offer nothing else
      messages.errorText(tables.text("statistics.filter.invalid"));
    } catch (NotPermitted e) {
      messages.errorText(tables.text("statistics.notPermitted"));
    }
  }

  public boolean isLoaded() {
    return view != null;
  }

  public OutcomeView getView() {
    return view;
  }

  /** The filters as read (null when they could not be). */
  public OutcomeFilter getFilter() {
    return filter;
  }

  /** A cell as the page shows it. */
  public String text(OutcomeTable.Row row, OutcomeTable.Cell cell) {
    return cell.text(row.unit(), locale.getLocale(), hidden());
  }

  private String hidden() {
    if (hidden == null) {
      hidden = new OutcomeTables(locale.getLocale()).text("statistics.hidden");
    }
    return hidden;
  }

  /** The filters as a query, for the exports' links. */
  public String getQuery() {
    return filter == null ? "" : filter.query();
  }

  public List<Granularity> getGranularities() {
    return Arrays.asList(Granularity.values());
  }

  public List<ClientGroup> getGroups() {
    return Arrays.asList(ClientGroup.values());
  }

  /** The regions one may choose (every region; one's own in full, the others shared). */
  public List<Statistics.RegionTotals> getRegions() {
    return view == null ? List.of() : view.comparison();
  }

  public String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
