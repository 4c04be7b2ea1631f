package fi.aso.web.faces;

import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.domain.organisation.DeliveryChannel;
import fi.aso.domain.organisation.OrganisationType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The region's organisations on the network page: adding one, sharing one that another region
 * already has (e.g. a prison serving several regions), editing one (type, delivery channel, video
 * room, webhook) and taking it off this region.
 */
@Named
@ViewScoped
public class OrganisationBean implements Serializable {

  @Inject NetworkBean page;
  @Inject NetworkAdmin network;
  @Inject Messages messages;

  private String name;
  private OrganisationType type = OrganisationType.OTHER;
  private DeliveryChannel channel = DeliveryChannel.EMAIL;
  private boolean videoRoom;
  private String videoRoomUrl;
  private String webhookUrl;
  private Long joinOrganisationId;

  private transient List<OrganisationSummary> joinable;
  private int joinableFrom = -1;
  private int closedAt;

  public void addOrganisation() {
    if (page.change(
        () -> network.addOrganisation(name, type, channel), "network.organisation.added")) {
      name = null;
    }
  }

  /**
   * Asks to work with another region's organisation (e.g. a prison serving several regions): its
   * home region's administrator decides.
   */
  public void join() {
    long id = joinOrganisationId == null ? -1 : joinOrganisationId;
    String home =
        getJoinable().stream()
            .filter(o -> o.id() == id)
            .map(OrganisationSummary::homeRegion)
            .findFirst()
            .orElse("");
    page.changeSaying(
        () ->
            network.join(id) == NetworkAdmin.Sharing.REQUESTED
                ? messages.get("network.shareRequested", home)
                : messages.get("network.organisation.joined"));
    joinOrganisationId = null;
  }

  /** Opens the organisation's edit form, filled with what it is now. */
  public void editOrganisation(long organisationId) {
    forgetWhenClosed();
    page.organisation(organisationId)
        .ifPresent(
            o -> {
              page.openOrganisation(organisationId);
              name = o.organisation().name();
              type = o.organisation().type();
              channel = o.organisation().preferredChannel();
              videoRoom = o.organisation().videoRoom();
              videoRoomUrl = o.organisation().videoRoomUrl();
              webhookUrl = o.organisation().webhookUrl();
            });
  }

  /** Saves the edit; a changed webhook address gets a new signing key, shown once. */
  public void saveOrganisation() {
    Long id = page.getEditingOrganisationId();
    if (id == null) {
      return; // nothing open (e.g. saved in another tab of the same view)
    }
    page.change(
        () ->
            network
                .saveOrganisation(
                    id,
                    new NetworkAdmin.OrganisationForm(
                        name,
                        type,
                        channel,
                        videoRoom,
                        videoRoomUrl,
                        // an empty field (null here) stops the webhook
                        webhookUrl == null ? "" : webhookUrl))
                .ifPresent(page::showOnce),
        "network.saved");
    page.closeEditors();
  }

  /** Takes another region's organisation off this region's network. */
  public void leave(long organisationId) {
    page.change(() -> network.leave(organisationId), "network.organisation.left");
  }

  /** Organisations on the platform that this region's network does not have yet. */
  public List<OrganisationSummary> getJoinable() {
    if (joinable == null || joinableFrom != page.changes()) {
      joinableFrom = page.changes();
      Set<Long> mine =
          page.getOrganisations().stream()
              .map(o -> o.organisation().id())
              .collect(Collectors.toSet());
      joinable = network.allOrganisations().stream().filter(o -> !mine.contains(o.id())).toList();
    }
    return joinable;
  }

  /** After the editors were closed, the form no longer shows the organisation that was edited. */
  private void forgetWhenClosed() {
    if (closedAt != page.closings()) {
      closedAt = page.closings();
      name = null;
      videoRoom = false;
      videoRoomUrl = null;
      webhookUrl = null;
    }
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  public DeliveryChannel[] getChannels() {
    return DeliveryChannel.values();
  }

  public String getName() {
    forgetWhenClosed();
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

  public boolean isVideoRoom() {
    forgetWhenClosed();
    return videoRoom;
  }

  public void setVideoRoom(boolean videoRoom) {
    this.videoRoom = videoRoom;
  }

  public String getVideoRoomUrl() {
    forgetWhenClosed();
    return videoRoomUrl;
  }

  public void setVideoRoomUrl(String videoRoomUrl) {
    this.videoRoomUrl = videoRoomUrl;
  }

  public String getWebhookUrl() {
    forgetWhenClosed();
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public Long getJoinOrganisationId() {
    return joinOrganisationId;
  }

  public void setJoinOrganisationId(Long joinOrganisationId) {
    this.joinOrganisationId = joinOrganisationId;
  }
}
