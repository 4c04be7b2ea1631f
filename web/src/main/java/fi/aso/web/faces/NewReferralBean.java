package fi.aso.web.faces;

import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.application.referral.NewReferral;
import fi.aso.application.referral.Referrals;
import fi.aso.domain.Refusal;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The case worker's referral form: a new client for the group. */
@Named
@ViewScoped
public class NewReferralBean implements Serializable {

  @Inject Referrals referrals;
  @Inject PartnerNetwork network;
  @Inject Messages messages;

  private String fullName;
  private LocalDate dateOfBirth;
  private String identityCode;
  private ClientKind kind = ClientKind.PRISONER;
  private Long institutionId;
  private LocalDate expectedReleaseDate;
  private final EnumMap<Referral.Topic, String> topics = new EnumMap<>(Referral.Topic.class);
  private transient List<OrganisationSummary> institutions;

  public void save() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      long id =
          referrals.refer(
              new NewReferral(
                  fullName,
                  dateOfBirth,
                  identityCode,
                  kind,
                  institutionId == null ? -1 : institutionId,
                  expectedReleaseDate,
                  new HashMap<>(topics)));
      identityCode = null;
      ExternalContext external = faces.getExternalContext();
      external.getFlash().setKeepMessages(true);
      messages.info("referral.saved");
      external.redirect(external.getRequestContextPath() + "/cases/case.xhtml?id=" + id);
    } catch (Refusal e) {
      messages.refused("referral.invalid", e);
    }
  }

  /** The region's prisons and probation offices. */
  public List<OrganisationSummary> getInstitutions() {
    if (institutions == null) {
      institutions = network.institutionsOfCallersRegion();
    }
    return institutions;
  }

  public List<Referral.Topic> getTopicList() {
    return List.of(Referral.Topic.values());
  }

  public ClientKind[] getKinds() {
    return ClientKind.values();
  }

  public Map<Referral.Topic, String> getTopics() {
    return topics;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getIdentityCode() {
    return identityCode;
  }

  public void setIdentityCode(String identityCode) {
    this.identityCode = identityCode;
  }

  public ClientKind getKind() {
    return kind;
  }

  public void setKind(ClientKind kind) {
    this.kind = kind;
  }

  public Long getInstitutionId() {
    return institutionId;
  }

  public void setInstitutionId(Long institutionId) {
    this.institutionId = institutionId;
  }

  public LocalDate getExpectedReleaseDate() {
    return expectedReleaseDate;
  }

  public void setExpectedReleaseDate(LocalDate expectedReleaseDate) {
    this.expectedReleaseDate = expectedReleaseDate;
  }
}
