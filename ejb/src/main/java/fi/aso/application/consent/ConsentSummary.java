package fi.aso.application.consent;

import fi.aso.domain.consent.Consent;
import fi.aso.domain.consent.ConsentMethod;
import fi.aso.domain.consent.InformationCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One consent version as staff pages and the API show it. */
public record ConsentSummary(
    int version,
    ConsentMethod method,
    String textVersion,
    Instant givenAt,
    LocalDate validUntil,
    String recordedBy,
    Instant supersededAt,
    Instant withdrawnAt,
    List<Recipient> recipients) {

  /** One organisation named in the consent. */
  public record Recipient(
      long organisationId,
      String organisation,
      Set<InformationCategory> categories,
      Instant withdrawnAt) {}

  public static ConsentSummary of(Consent c) {
    return new ConsentSummary(
        c.versionNo(),
        c.method(),
        c.textVersion(),
        c.givenAt(),
        c.validUntil(),
        c.recordedBy(),
        c.supersededAt().orElse(null),
        c.withdrawnAt().orElse(null),
        c.recipients().stream()
            .map(
                r ->
                    new Recipient(
                        r.organisationId(),
                        r.organisation().name(),
                        r.categories(),
                        r.withdrawnAt().orElse(null)))
            .toList());
  }
}
