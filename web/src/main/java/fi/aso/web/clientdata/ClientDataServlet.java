package fi.aso.web.clientdata;

import fi.aso.application.clientdata.ClientDataExport;
import fi.aso.web.Download;
import fi.aso.web.DownloadServlet;
import fi.aso.web.Ids;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The client's own data from the case page, as the API gives it ({@code id=} the case, {@code
 * lang=} fi, sv or en): {@code client-data.json} is the JSON of docs/client-data.md, written with
 * JSON-B's defaults as the API writes it, and {@code client-data.pdf} the PDF in the client's
 * language. The region's chairs and case workers only ({@link ClientDataExport} decides; anyone
 * else gets the same 404 as for a case that does not exist); each download is audited there.
 */
@WebServlet(
    name = "clientData",
    urlPatterns = {"/cases/client-data.json", "/cases/client-data.pdf"})
public class ClientDataServlet extends DownloadServlet {

  private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ClientDataExport export;

  @Override
  protected Optional<Download> find(HttpServletRequest request) {
    Long id = Ids.parse(request.getParameter("id"));
    String lang = request.getParameter("lang");
    if (id == null || lang != null && !LANGUAGES.contains(lang)) {
      return Optional.empty(); // an address typed by hand: as any malformed address
    }
    Locale language = lang == null ? null : Locale.of(lang);
    String name = "omat-tiedot-" + id;
    if (request.getServletPath().endsWith(".pdf")) {
      return Optional.of(Download.pdf(export.pdf(id, language), name + ".pdf"));
    }
    byte[] json = JSON.toJson(export.json(id, language)).getBytes(StandardCharsets.UTF_8);
    return Optional.of(new Download("application/json", json, name + ".json"));
  }
}
