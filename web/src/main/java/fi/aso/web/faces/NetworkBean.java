package fi.aso.web.faces;

import fi.aso.application.network.NetworkAdmin;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.OrganisationType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's partner-network page: organisations and their contact persons. */
@Named
@ViewScoped
public class NetworkBean implements Serializable {

  @Inject NetworkAdmin network;
  @Inject Messages messages;

  private transient List<NetworkAdmin.OrganisationDetails> organisations;
  private String name;
  private OrganisationType type = OrganisationType.OTHER;
  private DeliveryChannel channel = DeliveryChannel.EMAIL;
  private Long contactOrganisationId;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private Long contactDeputyId;
  private String contactFeedUrl;
  private boolean videoRoom;
  private String videoRoomUrl;
  private String webhookUrl;

  /** A secret shown once after it was made (a calendar-feed link or a webhook signing key). */
  private String shownOnce;

  @Inject fi.aso.application.invitation.InvitationSettings links;
  private Long joinOrganisationId;
  private String regionCode;
  private String regionName;
  private transient List<fi.aso.application.network.RegionSummary> regions;
  private transient List<fi.aso.application.network.OrganisationSummary> joinable;

  /** The organisation or contact being edited (null: none); kept in the view between requests. */
  private Long editingOrganisationId;

  private Long editingContactId;

  public List<NetworkAdmin.OrganisationDetails> getOrganisations() {
    if (organisations == null) {
      organisations = network.network();
    }
    return organisations;
  }

  public void addOrganisation() {
    try {
      network.addOrganisation(name, type, channel);
      name = null;
      done("network.organisation.added");
    } catch (IllegalArgumentException e) {
      failed(e);
    }
  }

  public void addContact() {
    try {
      network.addContact(
          contactOrganisationId == null ? -1 : contactOrganisationId,
          contactName,
          contactEmail,
          contactPhone,
          contactDeputyId);
      contactDeputyId = null;
      contactName = null;
      contactEmail = null;
      contactPhone = null;
      done("network.contact.added");
    } catch (IllegalArgumentException e) {
      failed(e);
    }
  }

  /** Shares an existing organisation (e.g. a prison serving several regions) with this region. */
  public void join() {
    attempt(
        () -> network.join(joinOrganisationId == null ? -1 : joinOrganisationId),
        "network.organisation.joined");
    joinOrganisationId = null;
  }

  public void createRegion() {
    attempt(() -> network.createRegion(regionCode, regionName), "network.region.created");
    regionCode = null;
    regionName = null;
  }

  /** Opens the organisation's edit form, filled with what it is now. */
  public void editOrganisation(long organisationId) {
    getOrganisations().stream()
        .filter(o -> o.organisation().id() == organisationId)
        .findFirst()
        .ifPresent(
            o -> {
              editingOrganisationId = organisationId;
              editingContactId = null;
              name = o.organisation().name();
              type = o.organisation().type();
              channel = o.organisation().preferredChannel();
              videoRoom = o.organisation().videoRoom();
              videoRoomUrl = o.organisation().videoRoomUrl();
              webhookUrl = o.organisation().webhookUrl();
            });
  }

  public void saveOrganisation() {
    attempt(
        () -> {
          network.updateOrganisation(editingOrganisationId, name, type, channel);
          network.provideVideoRoom(editingOrganisationId, videoRoom, videoRoomUrl);
          String before =
              getEditingOrganisation() == null
                  ? null
                  : getEditingOrganisation().organisation().webhookUrl();
          String wanted = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
          if (!java.util.Objects.equals(before, wanted)) {
            shownOnce = network.useWebhook(editingOrganisationId, wanted).orElse(null);
          }
        },
        "network.saved");
    closeEditors();
  }

  public void leave() {
    attempt(() -> network.leave(editingOrganisationId), "network.organisation.left");
    closeEditors();
  }

  /** Opens the contact person's edit form, filled with what they are now. */
  public void editContact(long organisationId, long contactId) {
    getOrganisations().stream()
        .filter(o -> o.organisation().id() == organisationId)
        .flatMap(o -> o.contacts().stream())
        .filter(c -> c.id() == contactId)
        .findFirst()
        .ifPresent(
            c -> {
              editingContactId = contactId;
              editingOrganisationId = organisationId;
              contactName = c.name();
              contactEmail = c.email();
              contactPhone = c.phone();
              contactDeputyId = c.deputyId();
              contactFeedUrl = c.busyFeedUrl();
            });
  }

  public void saveContact() {
    attempt(
        () -> {
          network.updateContact(
              editingContactId, contactName, contactEmail, contactPhone, contactDeputyId);
          network.useBusyFeed(editingContactId, contactFeedUrl);
        },
        "network.saved");
    closeEditors();
  }

  /** A new personal calendar-feed link for the contact being edited; shown once. */
  public void newCalendarFeed() {
    attempt(
        () ->
            shownOnce =
                links.link("/calendar/" + network.newCalendarFeed(editingContactId) + ".ics"),
        "network.feed.created");
  }

  public void revokeCalendarFeed() {
    attempt(() -> network.revokeCalendarFeed(editingContactId), "network.feed.revoked");
  }

  public void deactivateContact(long contactId) {
    attempt(() -> network.deactivateContact(contactId), "network.contact.deactivated");
    closeEditors();
  }

  public void cancelEdit() {
    closeEditors();
  }

  private void closeEditors() {
    if (FacesContext.getCurrentInstance().getMessageList().stream()
        .noneMatch(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)) {
      editingOrganisationId = null;
      editingContactId = null;
      name = null;
      contactName = null;
      contactEmail = null;
      contactPhone = null;
      contactDeputyId = null;
      contactFeedUrl = null;
      videoRoom = false;
      videoRoomUrl = null;
      webhookUrl = null;
    }
  }

  private void attempt(Runnable change, String doneKey) {
    shownOnce = null;
    try {
      change.run();
      done(doneKey);
    } catch (IllegalArgumentException e) {
      failed(e);
    }
  }

  /** The organisation being edited, for the edit form's heading. */
  public NetworkAdmin.OrganisationDetails getEditingOrganisation() {
    return editingOrganisationId == null
        ? null
        : getOrganisations().stream()
            .filter(o -> o.organisation().id() == editingOrganisationId)
            .findFirst()
            .orElse(null);
  }

  /**
   * Who can deputise: when editing, the other active contacts of the same organisation; when
   * adding, every contact labelled with their organisation (the service refuses another one's).
   */
  public List<jakarta.faces.model.SelectItem> getDeputyChoices() {
    List<jakarta.faces.model.SelectItem> choices = new java.util.ArrayList<>();
    for (NetworkAdmin.OrganisationDetails o : getOrganisations()) {
      if (editingOrganisationId != null && o.organisation().id() != editingOrganisationId) {
        continue;
      }
      for (fi.aso.application.network.ContactSummary c : o.contacts()) {
        if (editingContactId == null || c.id() != editingContactId) {
          String label =
              editingContactId == null ? o.organisation().name() + ": " + c.name() : c.name();
          choices.add(new jakarta.faces.model.SelectItem(c.id(), label));
        }
      }
    }
    return choices;
  }

  public List<fi.aso.application.network.RegionSummary> getRegions() {
    if (regions == null) {
      regions = network.regions();
    }
    return regions;
  }

  /** Organisations on the platform that this region's network does not have yet. */
  public List<fi.aso.application.network.OrganisationSummary> getJoinable() {
    if (joinable == null) {
      java.util.Set<Long> mine = new java.util.HashSet<>();
      getOrganisations().forEach(o -> mine.add(o.organisation().id()));
      joinable = network.allOrganisations().stream().filter(o -> !mine.contains(o.id())).toList();
    }
    return joinable;
  }

  private void done(String key) {
    organisations = null;
    regions = null;
    joinable = null;
    messages.info(key);
  }

  private void failed(IllegalArgumentException e) {
    messages.refused("network.invalid", e);
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  public DeliveryChannel[] getChannels() {
    return DeliveryChannel.values();
  }

  public Long getContactDeputyId() {
    return contactDeputyId;
  }

  public void setContactDeputyId(Long contactDeputyId) {
    this.contactDeputyId = contactDeputyId;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public String getShownOnce() {
    return shownOnce;
  }

  public String getContactFeedUrl() {
    return contactFeedUrl;
  }

  public void setContactFeedUrl(String contactFeedUrl) {
    this.contactFeedUrl = contactFeedUrl;
  }

  public boolean isVideoRoom() {
    return videoRoom;
  }

  public void setVideoRoom(boolean videoRoom) {
    this.videoRoom = videoRoom;
  }

  public String getVideoRoomUrl() {
    return videoRoomUrl;
  }

  public void setVideoRoomUrl(String videoRoomUrl) {
    this.videoRoomUrl = videoRoomUrl;
  }

  public Long getJoinOrganisationId() {
    return joinOrganisationId;
  }

  public void setJoinOrganisationId(Long joinOrganisationId) {
    this.joinOrganisationId = joinOrganisationId;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getRegionName() {
    return regionName;
  }

  public void setRegionName(String regionName) {
    this.regionName = regionName;
  }

  public Long getEditingOrganisationId() {
    return editingOrganisationId;
  }

  public Long getEditingContactId() {
    return editingContactId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public OrganisationType getType() {
    return type;
  }

  public void setType(OrganisationType type) {
    this.type = type;
  }

  public DeliveryChannel getChannel() {
    return channel;
  }

  public void setChannel(DeliveryChannel channel) {
    this.channel = channel;
  }

  public Long getContactOrganisationId() {
    return contactOrganisationId;
  }

  public void setContactOrganisationId(Long contactOrganisationId) {
    this.contactOrganisationId = contactOrganisationId;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }
}
