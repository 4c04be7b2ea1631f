package fi.aso.web.statistics;

import fi.aso.application.network.NotPermitted;
import fi.aso.application.statistics.Statistics;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.faces.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The outcomes dashboard's exports, with the page's filters (the same parameters) and in the
 * session's language: {@code outcomes.csv}, {@code outcomes.xlsx} and the printable {@code
 * outcomes.pdf}. Chairs and administrators (web.xml, and the statistics service checks again). Only
 * anonymous counts leave, so the exports are not audited, as reading the statistics is not.
 */
@WebServlet(
    name = "outcomesExport",
    urlPatterns = {
      "/statistics/outcomes.csv",
      "/statistics/outcomes.xlsx",
      "/statistics/outcomes.pdf"
    })
public class OutcomesExportServlet extends DownloadServlet {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Statistics statistics;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    OutcomeTables words = new OutcomeTables(LocaleBean.chosen(request));
    OutcomeView view;
    try {
      view = OutcomeView.of(statistics, OutcomeFilter.of(request::getParameter), words);
    } catch (NotPermitted e) {
      return Optional.empty();
    }
    String hidden = words.text("statistics.hidden");
    String name = "tulokset-" + view.filter().from() + "-" + view.filter().to();
    String path = request.getServletPath();
    if (path.endsWith(".csv")) {
      return Optional.of(
          new Download(
              "text/csv; charset=UTF-8", OutcomesCsv.of(view.all(), hidden), name + ".csv"));
    }
    if (path.endsWith(".xlsx")) {
      return Optional.of(new Download(XLSX, OutcomesXlsx.of(view.all(), hidden), name + ".xlsx"));
    }
    return Optional.of(
        Download.pdf(OutcomesPdf.of(view, words, words.filters(view)), name + ".pdf"));
  }
}
