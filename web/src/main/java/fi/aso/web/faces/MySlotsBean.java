package fi.aso.web.faces;

import fi.aso.application.meeting.PartnerSlot;
import fi.aso.application.meeting.PartnerSlots;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** A partner's own upcoming slots (their organisation's invitations only). */
@Named
@RequestScoped
public class MySlotsBean {

  @Inject PartnerSlots partnerSlots;

  private List<PartnerSlot> slots;

  public List<PartnerSlot> getSlots() {
    if (slots == null) {
      slots = partnerSlots.upcoming();
    }
    return slots;
  }
}
