package fi.aso.web.faces;

import fi.aso.application.invitation.InvitationSettings;
import fi.aso.application.network.ContactSummary;
import fi.aso.application.network.NetworkAdmin;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisations' contact persons on the network page: adding one, editing one (with a deputy
 * and the calendar feed the slot finder reads their busy times from), their personal calendar feed
 * of slots (a link shown once, revocable) and deactivating one.
 */
@Named
@ViewScoped
public class ContactPersonBean implements Serializable {

  @Inject NetworkBean page;
  @Inject NetworkAdmin network;
  @Inject InvitationSettings links;

  private Long contactOrganisationId;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private Long contactDeputyId;
  private String contactFeedUrl;
  private int closedAt;

  public void addContact() {
    if (page.change(
        () ->
            network.addContact(
                contactOrganisationId == null ? -1 : contactOrganisationId,
                contactName,
                contactEmail,
                contactPhone,
                contactDeputyId,
                null), // the add form has no calendar feed; it is set when editing
        "network.contact.added")) {
      contactDeputyId = null;
      contactName = null;
      contactEmail = null;
      contactPhone = null;
    }
  }

  /** Opens the contact person's edit form, filled with what they are now. */
  public void editContact(long organisationId, long contactId) {
    forgetWhenClosed();
    page.organisation(organisationId).stream()
        .flatMap(o -> o.contacts().stream())
        .filter(c -> c.id() == contactId)
        .findFirst()
        .ifPresent(
            c -> {
              page.openContact(organisationId, contactId);
              contactName = c.name();
              contactEmail = c.email();
              contactPhone = c.phone();
              contactDeputyId = c.deputyId();
              contactFeedUrl = c.busyFeedUrl();
            });
  }

  public void saveContact() {
    page.change(
        () ->
            network.updateContact(
                page.getEditingOrganisationId(),
                page.getEditingContactId(),
                contactName,
                contactEmail,
                contactPhone,
                contactDeputyId,
                contactFeedUrl),
        "network.saved");
    page.closeEditors();
  }

  /** A new personal calendar-feed link for the contact being edited; shown once. */
  public void newCalendarFeed() {
    page.change(
        () ->
            page.showOnce(
                links.link(
                    "/calendar/"
                        + network.newCalendarFeed(
                            page.getEditingOrganisationId(), page.getEditingContactId())
                        + ".ics")),
        "network.feed.created");
  }

  public void revokeCalendarFeed() {
    page.change(
        () ->
            network.revokeCalendarFeed(page.getEditingOrganisationId(), page.getEditingContactId()),
        "network.feed.revoked");
  }

  public void deactivateContact(long contactId) {
    page.change(
        () -> network.deactivateContact(page.getEditingOrganisationId(), contactId),
        "network.contact.deactivated");
    page.closeEditors();
  }

  /**
   * Who can deputise: when editing, the other active contacts of the same organisation; when
   * adding, every contact labelled with their organisation (the service refuses another one's).
   */
  public List<SelectItem> getDeputyChoices() {
    Long editingOrganisationId = page.getEditingOrganisationId();
    Long editingContactId = page.getEditingContactId();
    List<SelectItem> choices = new ArrayList<>();
    for (NetworkAdmin.OrganisationDetails o : page.getOrganisations()) {
      if (editingOrganisationId != null && o.organisation().id() != editingOrganisationId) {
        continue;
      }
      for (ContactSummary c : o.contacts()) {
        if (editingContactId == null || c.id() != editingContactId) {
          String label =
              editingContactId == null ? o.organisation().name() + ": " + c.name() : c.name();
          choices.add(new SelectItem(c.id(), label));
        }
      }
    }
    return choices;
  }

  /** After the editors were closed, the form no longer shows the contact that was edited. */
  private void forgetWhenClosed() {
    if (closedAt != page.closings()) {
      closedAt = page.closings();
      contactName = null;
      contactEmail = null;
      contactPhone = null;
      contactDeputyId = null;
      contactFeedUrl = null;
    }
  }

  public Long getContactOrganisationId() {
    return contactOrganisationId;
  }

  public void setContactOrganisationId(Long contactOrganisationId) {
    this.contactOrganisationId = contactOrganisationId;
  }

  public String getContactName() {
    forgetWhenClosed();
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    forgetWhenClosed();
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    forgetWhenClosed();
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public Long getContactDeputyId() {
    forgetWhenClosed();
    return contactDeputyId;
  }

  public void setContactDeputyId(Long contactDeputyId) {
    this.contactDeputyId = contactDeputyId;
  }

  public String getContactFeedUrl() {
    forgetWhenClosed();
    return contactFeedUrl;
  }

  public void setContactFeedUrl(String contactFeedUrl) {
    this.contactFeedUrl = contactFeedUrl;
  }
}
