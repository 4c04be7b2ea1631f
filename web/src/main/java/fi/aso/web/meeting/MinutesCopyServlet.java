package fi.aso.web.meeting;

import fi.aso.application.minutes.MinutesDistribution;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.Ids;
import fi.aso.web.faces.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The link in a minutes mail: a signed-in partner of the copy's organisation (or the region's
 * staff) gets the copy as PDF, cut by the consent as it is now. Anyone else: not found.
 */
@WebServlet(name = "minutesCopy", urlPatterns = "/minutes/copy.pdf")
public class MinutesCopyServlet extends DownloadServlet {

  @Inject MinutesDistribution distribution;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    return Optional.ofNullable(Ids.parse(request.getParameter("id")))
        .map(
            id ->
                Download.pdf(distribution.copyPdf(id, LocaleBean.chosen(request)), "muistio.pdf"));
  }
}
