package fi.aso.application.network;

import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.Organisation;
import fi.aso.domain.organisation.OrganisationType;

/** An organisation of the partner network, as pages and the API list it. */
public record OrganisationSummary(
    long id,
    String name,
    OrganisationType type,
    DeliveryChannel preferredChannel,
    boolean videoRoom,
    String videoRoomUrl,
    String webhookUrl,
    String homeRegion,
    boolean keptHere) {

  /** As everyone signed in may see it: no links. */
  public static OrganisationSummary of(Organisation o) {
    return new OrganisationSummary(
        o.id(),
        o.name(),
        o.type(),
        o.preferredChannel(),
        o.hasVideoRoom(),
        null,
        null,
        o.homeRegion().name(),
        false);
  }

  /**
   * As an administrator of region {@code viewerRegion} sees it: the video room and webhook links
   * only of the organisations the region keeps (the others' are their home region's business).
   */
  public static OrganisationSummary of(Organisation o, long viewerRegion) {
    boolean home = o.isHomeOf(viewerRegion);
    return new OrganisationSummary(
        o.id(),
        o.name(),
        o.type(),
        o.preferredChannel(),
        o.hasVideoRoom(),
        home ? o.videoRoomUrl().orElse(null) : null,
        home ? o.webhookUrl().orElse(null) : null,
        o.homeRegion().name(),
        home);
  }
}
