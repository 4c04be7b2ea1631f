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
    String webhookUrl) {

  public static OrganisationSummary of(Organisation o) {
    return new OrganisationSummary(
        o.id(),
        o.name(),
        o.type(),
        o.preferredChannel(),
        o.hasVideoRoom(),
        o.videoRoomUrl().orElse(null),
        o.webhookUrl().orElse(null));
  }
}
