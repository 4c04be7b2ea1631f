package fi.aso.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where invitations point and who they come from: the platform's public address (links), the
 * organizer address (the platform's inbox, so that calendar replies come back to it).
 */
@ApplicationScoped
public class InvitationSettings {

  @Inject
  @ConfigProperty(name = "aso.public-base-url")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "aso.invitations.organizer")
  String organizer;

  public InvitationSettings() {}

  /** For tests outside the container. */
  public InvitationSettings(String publicBaseUrl, String organizer) {
    this.publicBaseUrl = publicBaseUrl;
    this.organizer = organizer;
  }

  /** An absolute link to a path of the platform ("/cases/case.xhtml?id=1"). */
  public String link(String path) {
    String base =
        publicBaseUrl.endsWith("/")
            ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
            : publicBaseUrl;
    return base + path;
  }

  public String organizer() {
    return organizer;
  }

  /** The right-hand side of UIDs and Message-IDs: the platform's host name. */
  public String domain() {
    String host = URI.create(publicBaseUrl).getHost();
    return host == null ? "aso.localhost" : host;
  }
}
