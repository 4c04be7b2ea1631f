package fi.aso.web.meeting;

import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.application.minutes.MinutesService;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.Ids;
import fi.aso.web.faces.LocaleBean;
import fi.aso.web.i18n.SupportedLocales;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole minutes as PDF for the region's staff ({@code meeting=} and {@code id=}: version {@code
 * id} of that meeting's minutes), or with {@code case=} the client's own copy (their slot only) for
 * the case worker to hand over ({@code language=} fi, sv or en: the client's; else the page's). The
 * page links here; every read is audited.
 */
@WebServlet(name = "minutesPdf", urlPatterns = "/meetings/minutes.pdf")
public class MinutesPdfServlet extends DownloadServlet {

  @Inject MinutesService minutes;
  @Inject MinutesDistribution distribution;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    Long id = Ids.parse(request.getParameter("id"));
    String caseParameter = request.getParameter("case");
    Long caseId = Ids.parse(caseParameter);
    Long meetingId = Ids.parse(request.getParameter("meeting"));
    if (id == null || (caseParameter != null && caseId == null)) {
      return Optional.empty();
    }
    // the client's copy in the language the client reads (the page offers each), else the page's
    String language = request.getParameter("language");
    Locale locale =
        language == null ? LocaleBean.chosen(request) : SupportedLocales.resolve(language);
    if (caseId != null) {
      return Optional.of(
          Download.pdf(distribution.clientCopy(id, caseId, locale), "muistio-oma-" + id + ".pdf"));
    }
    return meetingId == null
        ? Optional.empty()
        : Optional.of(
            Download.pdf(minutes.wholePdf(meetingId, id, locale), "muistio-" + id + ".pdf"));
  }
}
