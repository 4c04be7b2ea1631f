package fi.aso.infrastructure.video;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom the platform makes Teams meetings: the Microsoft identity platform's address
 * and the tenant (whose token endpoint is {@code <authority>/<tenant>/oauth2/v2.0/token}),
 * Microsoft Graph's address, the application's client id and secret (client credentials), and the
 * user the meetings are made for ({@code POST /v1.0/users/<organizer>/onlineMeetings}; the tenant's
 * application access policy must allow the application to act for that user).
 *
 * @param authority e.g. {@code https://login.microsoftonline.com}
 * @param graph e.g. {@code https://graph.microsoft.com}
 */
public record TeamsSettings(
    URI authority,
    URI graph,
    String tenant,
    String clientId,
    String clientSecret,
    String organizer) {

  public TeamsSettings {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(graph, "graph");
    for (String value : new String[] {tenant, clientId, clientSecret, organizer}) {
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(
            "aso.video.provider=teams needs aso.video.teams.tenant, client-id, client-secret and"
                + " organizer");
      }
    }
    for (URI uri : new URI[] {authority, graph}) {
      if (!"https".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri)) {
        // the secret and the bearer token travel to these addresses
        throw new IllegalStateException(
            "aso.video.teams.authority and graph must be https addresses: " + uri);
      }
    }
  }

  /** The stand-in servers of the tests listen on plain http on this machine only. */
  private static boolean isLoopback(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme())
        && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
  }

  URI tokenEndpoint() {
    return URI.create(base(authority) + "/" + encoded(tenant) + "/oauth2/v2.0/token");
  }

  URI onlineMeetings() {
    return URI.create(base(graph) + "/v1.0/users/" + encoded(organizer) + "/onlineMeetings");
  }

  /** Graph's default scope: the application permissions granted to the application. */
  String scope() {
    return base(graph) + "/.default";
  }

  private static String base(URI uri) {
    return uri.toString().replaceAll("/+$", "");
  }

  private static String encoded(String segment) {
    return java.net.URLEncoder.encode(segment.strip(), java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** Never the secret: settings end up in logs and exception messages. */
  @Override
  public String toString() {
    return "TeamsSettings[authority="
        + authority
        + ", graph="
        + graph
        + ", tenant="
        + tenant
        + ", clientId="
        + clientId
        + ", clientSecret=(hidden), organizer="
        + organizer
        + "]";
  }
}
