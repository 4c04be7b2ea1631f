package fi.aso.web.meeting;

import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.application.minutes.MinutesService;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The whole minutes as PDF for the region's staff ({@code meeting=} and {@code id=}: version {@code
 * id} of that meeting's minutes), or with {@code case=} the client's own copy (their slot only) for
 * the case worker to hand over. The page links here; every read is audited.
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
    if (caseId != null) {
      return Optional.of(
          Download.pdf(distribution.clientCopy(id, caseId), "muistio-oma-" + id + ".pdf"));
    }
    return meetingId == null
        ? Optional.empty()
        : Optional.of(Download.pdf(minutes.wholePdf(meetingId, id), "muistio-" + id + ".pdf"));
  }
}
