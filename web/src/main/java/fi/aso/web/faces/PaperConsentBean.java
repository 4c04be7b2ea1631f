package fi.aso.web.faces;

import fi.aso.application.consent.ConsentGrant;
import fi.aso.application.consent.ConsentRegistry;
import fi.aso.application.network.OrganisationSummary;
import fi.aso.application.network.PartnerNetwork;
import fi.aso.domain.consent.InformationCategory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case worker's form for a signed paper consent: for each organisation of the region's
 * network, the categories the client allowed it to receive (none ticked: refused).
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

  public void save() {
    Map<Long, Set<InformationCategory>> grants = new HashMap<>();
    selection.forEach((organisationId, names) -> {
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
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      registry.recordPaperConsent(caseBean.getId(), new ConsentGrant(grants, validUntil, CURRENT_FORM_VERSION));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("consent.recorded"), null));
      selection.clear();
      caseBean.reload();
    } catch (IllegalArgumentException e) {
      faces.addMessage("paperConsent:validUntil", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("consent.invalid"), null));
    }
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
