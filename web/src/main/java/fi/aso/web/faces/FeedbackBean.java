package fi.aso.web.faces;

import fi.aso.application.feedback.AccessibilityFeedback;
import fi.aso.domain.Refusal;
import fi.aso.web.security.ClientAddresses;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The feedback form of the accessibility statement: open to anyone (a Faces form, so a forged
 * cross-site post has no view state), sent by mail to the chosen region's administrators. Bad input
 * is said beside its field and nothing is sent; after sending the page thanks and the form is
 * empty.
 */
@Named
@ViewScoped
public class FeedbackBean implements Serializable {

  /** Which field a refusal is about; anything else is said at the top. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "feedback.empty", "feedback:text",
          "feedback.tooLong", "feedback:text",
          "feedback.address", "feedback:reply",
          "feedback.region", "feedback:region");

  @Inject AccessibilityFeedback feedback;
  @Inject ClientAddresses addresses;
  @Inject Messages messages;
  @Inject DashboardBean currentUser;

  private transient List<AccessibilityFeedback.RegionChoice> regions;
  private Long regionId;
  private String text;
  private String reply;
  private boolean sent;

  @PostConstruct
  void init() {
    String own = currentUser.getProfile() == null ? null : currentUser.getProfile().regionName();
    List<AccessibilityFeedback.RegionChoice> all = getRegions();
    regionId =
        all.stream()
            .filter(r -> all.size() == 1 || r.name().equals(own))
            .map(AccessibilityFeedback.RegionChoice::id)
            .findFirst()
            .orElse(null);
  }

  public void send() {
    sent = false;
    String address =
        addresses.forCounting(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    try {
      feedback.send(regionId, text, reply, address);
    } catch (Refusal e) {
      messages.refusedAt(FIELDS.get(e.code()), "feedback.notSentBecause", e);
      return;
    }
    sent = true;
    text = null;
    reply = null;
  }

  public List<AccessibilityFeedback.RegionChoice> getRegions() {
    if (regions == null) {
      regions = feedback.regions();
    }
    return regions;
  }

  public int getMaxChars() {
    return AccessibilityFeedback.MAX_CHARS;
  }

  public Long getRegionId() {
    return regionId;
  }

  public void setRegionId(Long regionId) {
    this.regionId = regionId;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public boolean isSent() {
    return sent;
  }
}
