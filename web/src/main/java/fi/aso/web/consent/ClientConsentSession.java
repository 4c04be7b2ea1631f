package fi.aso.web.consent;

import fi.aso.application.consent.ElectronicConsent;
import fi.aso.domain.consent.InformationCategory;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the client's browser session holds while they give consent: the link token and code (to
 * answer), the proposal they were shown, and afterwards the receipt's content. Nothing of it is the
 * client's own data: only agencies and categories.
 */
@SessionScoped
public class ClientConsentSession implements Serializable {

  private String token;
  private String code;
  private transient ElectronicConsent.Proposal proposal;
  private Receipt receipt;

  /**
   * The content of the receipt: of a consent (the agencies accepted), or of a withdrawal (the
   * agencies the consent was withdrawn from; version 0).
   */
  public record Receipt(
      int version,
      String textVersion,
      String language,
      Instant givenAt,
      LocalDate validUntil,
      String confirmedName,
      List<Accepted> accepted,
      boolean withdrawal)
      implements Serializable {}

  /** One accepted agency on the receipt. */
  public record Accepted(String name, Set<InformationCategory> categories)
      implements Serializable {}

  void verified(String token, String code, ElectronicConsent.Proposal proposal) {
    this.token = token;
    this.code = code;
    this.proposal = proposal;
    this.receipt = null;
  }

  void completed(Receipt receipt) {
    this.receipt = receipt;
    this.token = null;
    this.code = null;
    this.proposal = null;
  }

  String token() {
    return token;
  }

  String code() {
    return code;
  }

  ElectronicConsent.Proposal proposal() {
    return proposal;
  }

  Receipt receipt() {
    return receipt;
  }
}
