package fi.aso.domain.consent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When one consent version is in force, without whom it names: given, until its last day, unless
 * superseded or withdrawn as a whole before. {@link Consent#inForceAt} is this rule; reading only
 * the period is enough to say when a client's consent ends.
 */
public record ConsentPeriod(
    Instant givenAt, Instant supersededAt, Instant withdrawnAt, LocalDate validUntil) {

  /** Given by then, not yet superseded, withdrawn or past its last day (a Finnish date). */
  public boolean inForceAt(Instant at) {
    return !givenAt.isAfter(at)
        && (supersededAt == null || supersededAt.isAfter(at))
        && (withdrawnAt == null || withdrawnAt.isAfter(at))
        && !at.atZone(Consent.ZONE).toLocalDate().isAfter(validUntil);
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }
}
