package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.NotPermitted;
import fi.aso.domain.Refusal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The administrator's partner-network page: the region's organisations with their contact persons,
 * which of them is open for editing, and a secret shown once after it was made (a calendar-feed
 * link or a webhook signing key). The page's forms are {@link OrganisationBean}, {@link
 * ContactPersonBean} and {@link RegionsBean}; they change the network through {@link #change}.
 */
@Named
@ViewScoped
public class NetworkBean implements Serializable {

  @Inject NetworkAdmin network;
  @Inject Messages messages;

  private transient List<NetworkAdmin.OrganisationDetails> organisations;

  private transient List<NetworkAdmin.ShareRequestView> shareRequests;

  /** A secret shown once after it was made; gone after the next change. */
  private String shownOnce;

  /** The organisation or contact being edited (null: none); kept in the view between requests. */
  private Long editingOrganisationId;

  private Long editingContactId;

  /** Counts the changes made; the forms' lists made from the network are kept for one. */
  private int changes;

  /** Counts the times the editors were closed; the forms then forget what was being edited. */
  private int closings;

  public List<NetworkAdmin.OrganisationDetails> getOrganisations() {
    if (organisations == null) {
      organisations = network.network();
    }
    return organisations;
  }

  /** The organisations this region keeps (it adds their contact persons). */
  public List<NetworkAdmin.OrganisationDetails> getKeptHere() {
    return getOrganisations().stream().filter(o -> o.organisation().keptHere()).toList();
  }

  /** The open requests to share an organisation: to decide here, or waiting for another region. */
  public List<NetworkAdmin.ShareRequestView> getShareRequests() {
    if (shareRequests == null) {
      shareRequests = network.shareRequests();
    }
    return shareRequests;
  }

  public void accept(NetworkAdmin.ShareRequestView request) {
    change(
        () -> network.acceptShare(request.organisationId(), request.id()), "network.shareAccepted");
  }

  public void refuse(NetworkAdmin.ShareRequestView request) {
    change(
        () -> network.refuseShare(request.organisationId(), request.id()), "network.shareRefused");
  }

  /** Runs a change; says it was done, or why it was refused. Returns whether it was done. */
  boolean change(Runnable change, String doneKey) {
    return changeSaying(
        () -> {
          change.run();
          return messages.get(doneKey);
        });
  }

  /** Runs a change that says itself what was done; or says why it was refused. */
  boolean changeSaying(Supplier<String> change) {
    shownOnce = null;
    String done;
    try {
      done = change.get();
    } catch (Refusal | NotFound | NotPermitted e) {
      messages.refused("network.invalid", e);
      return false;
    }
    changes++;
    organisations = null;
    shareRequests = null;
    messages.infoText(done);
    return true;
  }

  void showOnce(String secret) {
    shownOnce = secret;
  }

  int changes() {
    return changes;
  }

  int closings() {
    return closings;
  }

  void openOrganisation(long organisationId) {
    editingOrganisationId = organisationId;
    editingContactId = null;
  }

  void openContact(long organisationId, long contactId) {
    editingOrganisationId = organisationId;
    editingContactId = contactId;
  }

  /** Closes the editors, unless something was refused (the form then keeps what was typed). */
  void closeEditors() {
    if (!messages.failed()) {
      editingOrganisationId = null;
      editingContactId = null;
      closings++;
    }
  }

  public void cancelEdit() {
    closeEditors();
  }

  Optional<NetworkAdmin.OrganisationDetails> organisation(long organisationId) {
    return getOrganisations().stream()
        .filter(o -> o.organisation().id() == organisationId)
        .findFirst();
  }

  /** The organisation being edited, for the edit form's heading. */
  public NetworkAdmin.OrganisationDetails getEditingOrganisation() {
    return editingOrganisationId == null ? null : organisation(editingOrganisationId).orElse(null);
  }

  public String getShownOnce() {
    return shownOnce;
  }

  public Long getEditingOrganisationId() {
    return editingOrganisationId;
  }

  public Long getEditingContactId() {
    return editingContactId;
  }
}
