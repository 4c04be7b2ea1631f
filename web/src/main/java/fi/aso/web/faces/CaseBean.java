package fi.aso.web.faces;

import fi.aso.application.clientcase.CaseAccessDenied;
import fi.aso.application.clientcase.CaseFile;
import fi.aso.application.clientcase.CaseView;
import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.consent.ConsentRegistry;
import fi.aso.application.consent.ConsentSummary;
import fi.aso.application.meeting.MeetingPlanner;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.application.referral.Referrals;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.staff.Role;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One client case, as the signed-in user may see it, with its consent history for the region's
 * staff. A case the user may not see answers 404, exactly like one that does not exist.
 */
@Named
@ViewScoped
public class CaseBean implements Serializable {

  @Inject CaseFile caseFile;
  @Inject ConsentRegistry consents;
  @Inject SecurityContext security;
  @Inject Messages messages;
  @Inject Referrals referrals;
  @Inject PartnerNetwork network;

  private Long id;
  private transient CaseView view;
  private transient List<ConsentSummary> consentHistory;
  private long loadedVersion;
  private final EnumMap<Referral.Topic, String> referralEdits = new EnumMap<>(Referral.Topic.class);
  private LocalDate releaseDate;
  private Long institutionId;
  private transient List<OrganisationSummary> institutions;

  public void load() throws IOException {
    try {
      view = id == null ? null : caseFile.read(id, "case page");
    } catch (CaseAccessDenied e) {
      view = null;
    }
    if (view != null) {
      rememberForEditing();
    }
    if (view == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  /** Withdraws the consent for one organisation, or wholly (organisationId null). */
  public void withdraw(Long organisationId) {
    try {
      consents.withdraw(id, organisationId);
      messages.info("consent.withdrawn");
    } catch (Refusal e) {
      // the page was older than the consent: someone else withdrew or recorded a new version
      messages.error("consent.conflict");
    }
    reload();
  }

  void reload() {
    view = caseFile.read(id, "case page");
    consentHistory = null;
    rememberForEditing();
  }

  private void rememberForEditing() {
    loadedVersion = view.version();
    referralEdits.clear();
    view.referral().forEach((topic, text) -> referralEdits.put(topic, text));
    releaseDate = view.expectedReleaseDate();
    institutionId = view.institutionId();
  }

  /**
   * Records a moved release date or a transfer, unless someone else changed the case since this
   * page loaded it; the client's coming slots are then checked again for the chair.
   */
  public void saveRelease() {
    try {
      referrals.updateRelease(
          id, loadedVersion, releaseDate, institutionId == null ? -1 : institutionId);
      messages.info("case.release.updated");
      reload();
    } catch (ConcurrentEdit e) {
      messages.error("referral.conflict");
    } catch (Refusal e) {
      messages.refused("referral.invalid", e);
    }
  }

  /** The region's prisons and probation offices, to move the client to. */
  public List<OrganisationSummary> getInstitutions() {
    if (institutions == null) {
      institutions = network.institutionsOfCallersRegion();
    }
    return institutions;
  }

  public LocalDate getReleaseDate() {
    return releaseDate;
  }

  public void setReleaseDate(LocalDate releaseDate) {
    this.releaseDate = releaseDate;
  }

  public Long getInstitutionId() {
    return institutionId;
  }

  public void setInstitutionId(Long institutionId) {
    this.institutionId = institutionId;
  }

  /** Saves the referral texts unless someone else changed the case since this page loaded it. */
  public void saveReferral() {
    try {
      referrals.updateReferral(id, loadedVersion, new HashMap<>(referralEdits));
      messages.info("referral.updated");
      reload();
    } catch (ConcurrentEdit e) {
      messages.error("referral.conflict");
    }
  }

  public Map<Referral.Topic, String> getReferralEdits() {
    return referralEdits;
  }

  public List<Referral.Topic> getAllTopics() {
    return List.of(Referral.Topic.values());
  }

  public boolean isRegionStaff() {
    return security.isCallerInRole(Role.CHAIR_NAME)
        || security.isCallerInRole(Role.CASE_WORKER_NAME);
  }

  public boolean isChair() {
    return security.isCallerInRole(Role.CHAIR_NAME);
  }

  /** Whether the chair can put the client on a meeting from here (consented, not on one yet). */
  public boolean isBookable() {
    return isChair()
        && view != null
        && MeetingPlanner.schedulable(view.state())
        && view.onMeetingAt() == null;
  }

  public List<ConsentSummary> getConsentHistory() {
    if (consentHistory == null && isRegionStaff() && id != null) {
      List<ConsentSummary> newestFirst =
          new ArrayList<>(consents.history(id).stream().map(ConsentSummary::of).toList());
      Collections.reverse(newestFirst);
      consentHistory = newestFirst;
    }
    return consentHistory;
  }

  /** The referral topics the user may see, in the order the group goes through them. */
  public List<Map.Entry<Referral.Topic, String>> getTopics() {
    return List.copyOf(getView().referral().entrySet());
  }

  public CaseView getView() {
    if (view == null && id != null) {
      view = caseFile.read(id, "case page");
    }
    return view;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
