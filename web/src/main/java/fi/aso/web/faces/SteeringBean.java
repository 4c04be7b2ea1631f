package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.consent.ElectronicConsent;
import fi.aso.application.meeting.NotConsented;
import fi.aso.application.steering.Steering;
import fi.aso.application.steering.SteeringView;
import fi.aso.domain.Refusal;
import fi.aso.domain.servicemap.ServiceKind;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The steering part of each slot on the meeting-day page: the chair records the client's needs as
 * kinds of service and refers the client to a proposed service; for a provider the consent does not
 * name, the chair or case worker makes a consent link for the client in one step.
 */
@Named
@ViewScoped
public class SteeringBean implements Serializable {

  @Inject Steering steering;
  @Inject Messages messages;
  @Inject LocaleBean locale;
  @Inject PublicAddress publicAddress;
  @Inject MeetingDayBean meetingDay;

  private transient Map<Long, SteeringView> views;
  private final Map<Long, String> newNeed = new HashMap<>();

  /** The consent link made on this page, per slot: shown once with its code. */
  private final Map<Long, String> consentLinks = new HashMap<>();

  /** The slot's needs, proposals and referrals (null if the caller may not see them). */
  public SteeringView view(long slotId) {
    if (views == null) {
      views = new HashMap<>();
    }
    return views.computeIfAbsent(
        slotId,
        id -> {
          try {
            return steering.view(id);
          } catch (CaseAccessDenied e) {
            return null;
          }
        });
  }

  public void addNeed(long slotId) {
    String kind = newNeed.get(slotId);
    try {
      steering.addNeed(slotId, kind == null || kind.isBlank() ? null : ServiceKind.valueOf(kind));
      newNeed.remove(slotId);
      messages.info("steering.saved");
    } catch (Refusal e) {
      messages.refused("steering.invalid", e);
    } catch (IllegalArgumentException e) {
      messages.error("steering.invalid");
    }
    views = null;
  }

  public void removeNeed(long slotId, ServiceKind kind) {
    steering.removeNeed(slotId, kind);
    messages.info("steering.saved");
    views = null;
  }

  public void refer(long slotId, long serviceId) {
    try {
      steering.refer(slotId, serviceId, null);
      meetingDay.reloadSlots();
      messages.info("steering.referDone");
    } catch (NotConsented e) {
      messages.error("steering.notConsented");
    } catch (Refusal e) {
      messages.refused("steering.invalid", e);
    }
    views = null;
  }

  /** A consent link naming the service's provider too, in the page's language. */
  public void askConsent(long slotId, long serviceId) {
    try {
      ElectronicConsent.Issued issued =
          steering.askConsent(slotId, serviceId, locale.getLanguage());
      String link = publicAddress.link("/consent/start.xhtml?t=" + issued.token());
      consentLinks.put(slotId, link);
      messages.infoText(messages.get("steering.consentAsked", link, issued.code()));
    } catch (Refusal e) {
      messages.refused("steering.consentAskRefused", e);
    }
    views = null;
  }

  public ServiceKind[] getKinds() {
    return ServiceKind.values();
  }

  public Map<Long, String> getNewNeed() {
    return newNeed;
  }

  public Map<Long, String> getConsentLinks() {
    return consentLinks;
  }
}
