package fi.aso.web.faces;

import fi.aso.application.clientcase.ConcurrentEdit;
import fi.aso.application.consent.ConsentGrant;
import fi.aso.application.consent.ConsentRegistry;
import fi.aso.application.consent.ElectronicConsent;
import fi.aso.application.consent.ScanContent;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.ConsentDocument;
import fi.aso.domain.consent.InformationCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case worker's consent form: for each organisation of the region's network, the categories the
 * client allowed (a signed paper form) or is asked to allow (a one-time link for the client's own
 * consent page). None ticked: refused / not proposed.
 */
@Named
@ViewScoped
public class PaperConsentBean implements Serializable {

  /** The wording of the paper form currently in use. */
  static final String CURRENT_FORM_VERSION = "fi-2026-1";

  @Inject PartnerNetwork network;
  @Inject ConsentRegistry registry;
  @Inject CaseBean caseBean;
  @Inject Messages messages;
  @Inject ElectronicConsent electronic;

  @Inject PublicAddress publicAddress;

  private String clientLanguage = "fi";

  /** How many consent versions the page showed when it was rendered (posted back with the form). */
  private Integer replacesVersion;

  private String issuedLink;
  private String issuedCode;

  // String[]: Faces cannot see a generic element type through a map, and submits arrays
  private final Map<Long, String[]> selection = new HashMap<>();
  private LocalDate validUntil = LocalDate.now().plusMonths(12);
  private transient List<OrganisationSummary> organisations;

  public List<OrganisationSummary> getOrganisations() {
    if (organisations == null) {
      organisations = network.ofCallersRegion();
    }
    return organisations;
  }

  public List<InformationCategory> getCategories() {
    return List.of(InformationCategory.values());
  }

  /**
   * Makes a one-time link and code for the client to give the consent themselves, proposing what is
   * ticked. The code is shown here once; neither is stored in the clear.
   */
  public void invite() {
    try {
      ElectronicConsent.Issued issued =
          electronic.invite(caseBean.getId(), ticked(), validUntil, clientLanguage);
      issuedLink = publicAddress.link("/consent/start.xhtml?t=" + issued.token());
      issuedCode = issued.code();
      caseBean.reload();
    } catch (Refusal e) {
      messages.error("econsent.invite.invalid");
    }
  }

  public void save() {
    Map<Long, Set<InformationCategory>> grants = ticked();
    // the scan is looked at first: a refused file records nothing
    byte[] scanned;
    try {
      scanned = scannedForm();
    } catch (Refusal e) {
      messages.refusedAt("paperConsent:scan", "consent.scan.failed", e);
      return;
    } catch (IOException e) {
      messages.error("consent.scan.failed");
      return;
    }
    try {
      var consent =
          registry.recordPaperConsent(
              caseBean.getId(),
              new ConsentGrant(grants, validUntil, CURRENT_FORM_VERSION, getReplacesVersion()));
      if (scanned != null) {
        registry.attachScan(
            caseBean.getId(), consent.versionNo(), scan.getSubmittedFileName(), scanned);
      }
      messages.info("consent.recorded");
      selection.clear();
      replacesVersion = null;
      caseBean.reload();
    } catch (ConcurrentEdit e) {
      replacesVersion = null;
      caseBean.reload();
      messages.error("consent.conflict");
    } catch (Refusal e) {
      messages.refusedAt("paperConsent:validUntil", "consent.invalid", e);
    }
  }

  /** The uploaded form's bytes (null if none was chosen), refused here if they would be later. */
  private byte[] scannedForm() throws IOException {
    if (scan == null || scan.getSize() == 0) {
      return null;
    }
    if (scan.getSize() > ConsentDocument.MAX_BYTES) {
      throw new Refusal("consent.scanSize", "the scan must be at most 10 MB");
    }
    try (var in = scan.getInputStream()) {
      byte[] content = in.readAllBytes();
      ScanContent.check(content);
      return content;
    }
  }

  /**
   * A one-time link for the client to withdraw their consent themselves (wholly or for some
   * agencies), e.g. on their own phone.
   */
  public void inviteWithdrawal() {
    try {
      ElectronicConsent.Issued issued =
          electronic.inviteWithdrawal(caseBean.getId(), clientLanguage);
      issuedLink = publicAddress.link("/consent/start.xhtml?t=" + issued.token());
      issuedCode = issued.code();
    } catch (Refusal e) {
      messages.error("consent.conflict");
    }
    caseBean.reload();
  }

  public Integer getReplacesVersion() {
    if (replacesVersion != null) {
      return replacesVersion;
    }
    return caseBean.getConsentHistory() == null ? 0 : caseBean.getConsentHistory().size();
  }

  public void setReplacesVersion(Integer replacesVersion) {
    this.replacesVersion = replacesVersion;
  }

  /** The uploaded scan of the signed form (not kept in the view between requests). */
  private transient Part scan;

  public Part getScan() {
    return scan;
  }

  public void setScan(Part scan) {
    this.scan = scan;
  }

  /** The ticked categories per organisation (organisations with none ticked left out). */
  private Map<Long, Set<InformationCategory>> ticked() {
    Map<Long, Set<InformationCategory>> grants = new HashMap<>();
    selection.forEach(
        (organisationId, names) -> {
          Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
          if (names != null) {
            for (String name : names) {
              categories.add(InformationCategory.valueOf(name));
            }
          }
          if (!categories.isEmpty()) {
            grants.put(organisationId, categories);
          }
        });
    return grants;
  }

  public String getClientLanguage() {
    return clientLanguage;
  }

  public void setClientLanguage(String clientLanguage) {
    this.clientLanguage = clientLanguage;
  }

  public String getIssuedLink() {
    return issuedLink;
  }

  public String getIssuedCode() {
    return issuedCode;
  }

  public Map<Long, String[]> getSelection() {
    return selection;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
