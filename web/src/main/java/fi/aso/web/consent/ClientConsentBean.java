package fi.aso.web.consent;

import fi.aso.application.consent.ElectronicConsent;
import fi.aso.domain.consent.Consent;
import fi.aso.web.faces.LocaleBean;
import fi.aso.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The client's consent pages: enter the code, choose the agencies, confirm with one's name.
 * View-scoped so that the link token stays with the page across its own form submission.
 */
@Named
@ViewScoped
public class ClientConsentBean implements java.io.Serializable {

  @Inject ElectronicConsent electronicConsent;
  @Inject ClientConsentSession session;
  @Inject LocaleBean locale;
  @Inject Messages messages;

  private String token;
  private String code;
  private String name;
  private final java.util.HashMap<Long, Boolean> accepted = new java.util.HashMap<>();

  /** The start page: is this link usable at all? (Nothing else is revealed.) */
  public boolean isLinkOpen() {
    return token != null && electronicConsent.isOpen(token);
  }

  public void verify() throws IOException {
    var proposal = electronicConsent.proposal(token, code);
    if (proposal.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage("code:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("econsent.code.wrong"), null));
      return;
    }
    session.verified(token, code, proposal.get());
    locale.use(proposal.get().language());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/consent/form.xhtml");
  }

  public void submit() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (session.proposal() == null) {
      faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/consent/start.xhtml");
      return;
    }
    Set<Long> yes = new HashSet<>();
    accepted.forEach((id, ok) -> {
      if (Boolean.TRUE.equals(ok)) {
        yes.add(id);
      }
    });
    Consent consent;
    try {
      consent = electronicConsent.answer(session.token(), session.code(), yes, name);
    } catch (IllegalArgumentException e) {
      faces.addMessage("answer:name", new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("econsent.name.required"), null));
      return;
    }
    List<ClientConsentSession.Accepted> acceptedAgencies = new ArrayList<>();
    session.proposal().agencies().values().forEach(a -> {
      if (yes.contains(a.organisationId())) {
        acceptedAgencies.add(new ClientConsentSession.Accepted(a.name(), a.categories()));
      }
    });
    session.completed(new ClientConsentSession.Receipt(
        consent.versionNo(), consent.textVersion(), session.proposal().language(), consent.givenAt(),
        consent.validUntil(), consent.confirmedName().orElse(""), acceptedAgencies));
    faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/consent/done.xhtml");
  }

  /** The form page without a verified code goes back to the start. */
  public void requireVerified() throws IOException {
    if (session.proposal() == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/consent/start.xhtml");
    }
  }

  public List<ElectronicConsent.Agency> getAgencies() {
    return session.proposal() == null ? List.of() : List.copyOf(session.proposal().agencies().values());
  }

  public ElectronicConsent.Proposal getProposal() {
    return session.proposal();
  }

  public ClientConsentSession.Receipt getReceipt() {
    return session.receipt();
  }

  public Map<Long, Boolean> getAccepted() {
    return accepted;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
