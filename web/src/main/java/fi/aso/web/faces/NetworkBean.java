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
      network.addContact(contactOrganisationId == null ? -1 : contactOrganisationId, contactName, contactEmail, contactPhone, null);
      contactName = null;
      contactEmail = null;
      contactPhone = null;
      done("network.contact.added");
    } catch (IllegalArgumentException e) {
      failed(e);
    }
  }

  private void done(String key) {
    organisations = null;
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
  }

  private void failed(IllegalArgumentException e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("network.invalid"), e.getMessage()));
  }

  public OrganisationType[] getTypes() {
    return OrganisationType.values();
  }

  public DeliveryChannel[] getChannels() {
    return DeliveryChannel.values();
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
