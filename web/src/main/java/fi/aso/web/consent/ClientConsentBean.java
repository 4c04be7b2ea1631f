package fi.aso.web.consent;

import fi.aso.application.consent.ConsentLinkThrottle;
import fi.aso.application.consent.ElectronicConsent;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.Consent;
import fi.aso.web.faces.LocaleBean;
import fi.aso.web.faces.Messages;
import fi.aso.web.security.ClientAddresses;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
public class ClientConsentBean implements Serializable {

  @Inject ElectronicConsent electronicConsent;
  @Inject ClientConsentSession session;
  @Inject ConsentLinkThrottle throttle;
  @Inject ClientAddresses addresses;
  @Inject LocaleBean locale;
  @Inject Messages messages;

  private String token;
  private String code;
  private String name;
  private final HashMap<Long, Boolean> accepted = new HashMap<>();

  /** The start page: is this link usable at all? (Nothing else is revealed.) */
  public boolean isLinkOpen() {
    return token != null && electronicConsent.isOpen(token);
  }

  /** A link for withdrawing consent: its first page says so in its title. */
  public boolean isWithdrawalLink() {
    return token != null && electronicConsent.isOpenForWithdrawal(token);
  }

  public void verify() throws IOException {
    String address =
        addresses.forCounting(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    var proposal = electronicConsent.proposal(token, code, address);
    if (proposal.isEmpty()) {
      Instant now = Instant.now();
      throttle
          .lockedUntil(address, now)
          .ifPresentOrElse(
              until ->
                  messages.errorTextAt(
                      "entry:code",
                      messages.get(
                          "econsent.code.tooMany",
                          (Duration.between(now, until).toSeconds() + 59) / 60)),
              () -> messages.errorAt("entry:code", "econsent.code.wrong"));
      return;
    }
    session.verified(token, code, proposal.get());
    locale.use(proposal.get().language());
    redirect(proposal.get().withdrawal() ? "/consent/withdraw.xhtml" : "/consent/form.xhtml");
  }

  private static void redirect(String page) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + page);
  }

  public void submit() throws IOException {
    if (session.proposal() == null) {
      redirect("/consent/start.xhtml"); // the code was not given in this session (or it expired)
      return;
    }
    Set<Long> yes = ticked();
    Consent consent;
    try {
      consent = electronicConsent.answer(session.token(), session.code(), yes, name);
    } catch (Refusal e) {
      messages.errorAt("answer:name", "econsent.name.required");
      return;
    }
    List<ClientConsentSession.Accepted> acceptedAgencies = agenciesAmong(yes);
    session.completed(
        new ClientConsentSession.Receipt(
            consent.versionNo(),
            consent.textVersion(),
            session.proposal().language(),
            consent.givenAt(),
            consent.validUntil(),
            consent.confirmedName().orElse(""),
            acceptedAgencies,
            false));
    redirect("/consent/done.xhtml");
  }

  /** The client withdraws their consent from the ticked agencies (all ticked: wholly). */
  public void withdraw() throws IOException {
    if (session.proposal() == null) {
      redirect("/consent/start.xhtml"); // the code was not given in this session (or it expired)
      return;
    }
    Set<Long> chosen = ticked();
    if (chosen.isEmpty()) {
      messages.error("ewithdraw.choose");
      return;
    }
    Set<Long> lost;
    try {
      lost = electronicConsent.withdraw(session.token(), session.code(), chosen, name);
    } catch (Refusal e) {
      messages.errorAt("withdraw:name", "econsent.name.required");
      return;
    }
    List<ClientConsentSession.Accepted> withdrawn = agenciesAmong(lost);
    session.completed(
        new ClientConsentSession.Receipt(
            0,
            ElectronicConsent.TEXT_VERSION,
            session.proposal().language(),
            Instant.now(),
            session.proposal().validUntil(),
            name.strip(),
            withdrawn,
            true));
    redirect("/consent/done.xhtml");
  }

  /** The receipt's lines: the shown agencies whose ids are given, in the order shown. */
  private List<ClientConsentSession.Accepted> agenciesAmong(Set<Long> ids) {
    List<ClientConsentSession.Accepted> lines = new ArrayList<>();
    session
        .proposal()
        .agencies()
        .values()
        .forEach(
            a -> {
              if (ids.contains(a.organisationId())) {
                lines.add(new ClientConsentSession.Accepted(a.name(), a.categories()));
              }
            });
    return lines;
  }

  private Set<Long> ticked() {
    Set<Long> yes = new HashSet<>();
    accepted.forEach(
        (id, ok) -> {
          if (Boolean.TRUE.equals(ok)) {
            yes.add(id);
          }
        });
    return yes;
  }

  /** The consent form without a verified code for giving consent goes back to the start. */
  public void requireVerified() throws IOException {
    requireProposal(false);
  }

  /** The withdrawal form without a verified code for withdrawing goes back to the start. */
  public void requireWithdrawal() throws IOException {
    requireProposal(true);
  }

  private void requireProposal(boolean withdrawal) throws IOException {
    if (session.proposal() == null || session.proposal().withdrawal() != withdrawal) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/consent/start.xhtml");
    }
  }

  public List<ElectronicConsent.Agency> getAgencies() {
    return session.proposal() == null
        ? List.of()
        : List.copyOf(session.proposal().agencies().values());
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
