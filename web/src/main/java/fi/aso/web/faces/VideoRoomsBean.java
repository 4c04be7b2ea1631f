package fi.aso.web.faces;

import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The region's video rooms (the prisons' rooms a client joins a meeting from), to choose on the
 * meeting page: for a slot, and as whose busy time is entered.
 */
@Named
@ViewScoped
public class VideoRoomsBean implements Serializable {

  @Inject PartnerNetwork network;

  private transient List<OrganisationSummary> rooms;

  public List<OrganisationSummary> getAll() {
    if (rooms == null) {
      rooms = network.ofCallersRegion().stream().filter(OrganisationSummary::videoRoom).toList();
    }
    return rooms;
  }
}
