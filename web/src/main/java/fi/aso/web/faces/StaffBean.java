package fi.aso.web.faces;

import fi.aso.application.NotFound;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.network.NetworkAdmin;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.staff.PasswordLinks;
import fi.aso.application.staff.StaffAccounts;
import fi.aso.application.staff.StaffAccounts.Account;
import fi.aso.domain.Refusal;
import fi.aso.domain.staff.Role;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's staff-accounts page: the region's accounts, a new account, its roles,
 * deactivation and reactivation (each based on the account as the page showed it), and the one-time
 * set-password link mailed to the account's address.
 */
@Named
@ViewScoped
public class StaffBean implements Serializable {

  @Inject StaffAccounts staff;
  @Inject PasswordLinks passwordLinks;
  @Inject NetworkAdmin network;
  @Inject Messages messages;

  /** The accounts as the page showed them: a change is based on the version read here. */
  private transient List<Account> accounts;

  private transient List<OrganisationSummary> organisations;

  private String username;
  private String displayName;
  private String email;
  private Long organisationId;
  private Long contactPersonId;
  private List<String> roles = new ArrayList<>();

  /** The account whose roles are being changed (null: none), as read. */
  private Long editingId;

  private long editingVersion;
  private String editingName;
  private List<String> editingRoles = new ArrayList<>();

  public List<Account> getAccounts() {
    if (accounts == null) {
      accounts = staff.ofRegion();
    }
    return accounts;
  }

  public List<OrganisationSummary> getOrganisations() {
    if (organisations == null) {
      organisations =
          network.network().stream().map(NetworkAdmin.OrganisationDetails::organisation).toList();
    }
    return organisations;
  }

  /** The contact persons a partner user may act as: the region's network, "organisation: name". */
  public List<SelectItem> getContactChoices() {
    return network.network().stream()
        .flatMap(
            o ->
                o.contacts().stream()
                    .map(c -> new SelectItem(c.id(), o.organisation().name() + ": " + c.name())))
        .toList();
  }

  public Role[] getRoleChoices() {
    return Role.values();
  }

  public void create() {
    if (change(
        () ->
            staff.create(
                username == null ? "" : username.strip(),
                displayName,
                email == null || email.isBlank() ? null : email.strip(),
                roleSet(roles),
                organisationId,
                contactPersonId),
        "staff.created")) {
      username = null;
      displayName = null;
      email = null;
      organisationId = null;
      contactPersonId = null;
      roles = new ArrayList<>();
    }
  }

  /** Opens the roles form for an account, filled with its roles as read. */
  public void editRoles(Account account) {
    editingId = account.id();
    editingVersion = account.version();
    editingName = account.displayName();
    editingRoles = new ArrayList<>(account.roles());
  }

  public void saveRoles() {
    if (editingId == null) {
      return;
    }
    long id = editingId;
    if (change(
        () -> staff.changeRoles(id, editingVersion, roleSet(editingRoles)), "staff.rolesChanged")) {
      cancelRoles();
    }
  }

  public void cancelRoles() {
    editingId = null;
    editingName = null;
    editingRoles = new ArrayList<>();
  }

  public void deactivate(Account account) {
    change(() -> staff.deactivate(account.id(), account.version()), "staff.deactivated");
  }

  public void reactivate(Account account) {
    change(() -> staff.reactivate(account.id(), account.version()), "staff.reactivated");
  }

  public void sendLink(Account account) {
    try {
      passwordLinks.send(account.id());
      messages.infoText(messages.get("staff.linkSent", account.email()));
    } catch (Refusal | NotFound e) {
      messages.refused("staff.refused", e);
    }
  }

  /** Runs a change; says it was done, or why not. The list is read again either way. */
  private boolean change(Runnable change, String doneKey) {
    try {
      change.run();
      messages.info(doneKey);
      return true;
    } catch (ConcurrentEdit e) {
      messages.error("staff.changedMeanwhile");
      return false;
    } catch (Refusal | NotFound e) {
      messages.refused("staff.refused", e);
      return false;
    } finally {
      accounts = null;
    }
  }

  private static Set<Role> roleSet(List<String> names) {
    return names == null || names.isEmpty()
        ? EnumSet.noneOf(Role.class)
        : names.stream()
            .map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getContactPersonId() {
    return contactPersonId;
  }

  public void setContactPersonId(Long contactPersonId) {
    this.contactPersonId = contactPersonId;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public Long getEditingId() {
    return editingId;
  }

  public String getEditingName() {
    return editingName;
  }

  public List<String> getEditingRoles() {
    return editingRoles;
  }

  public void setEditingRoles(List<String> editingRoles) {
    this.editingRoles = editingRoles;
  }
}
