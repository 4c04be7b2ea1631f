package fi.aso.domain.consent;

import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.organisation.Organisation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * All consent versions of one client case, and the one rule that decides disclosure: an
 * organisation may receive a category of a client's information at a moment only if the consent
 * version in force then names that organisation with that category, and neither the consent nor
 * that organisation's part of it has been withdrawn. Anything else is a refusal, with a reason.
 */
public final class ConsentHistory {

  private final List<Consent> versions;

  public ConsentHistory(List<Consent> versions) {
    List<Consent> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparingInt(Consent::versionNo));
    this.versions = Collections.unmodifiableList(sorted);
  }

  /** Records a new version; the previous one stops being in force when this one is given. */
  public Consent give(
      ClientCase clientCase,
      ConsentMethod method,
      String textVersion,
      Instant givenAt,
      LocalDate validUntil,
      String recordedBy,
      Map<Organisation, Set<InformationCategory>> grants) {
    latest().ifPresent(previous -> previous.supersede(givenAt));
    int next = latest().map(Consent::versionNo).orElse(0) + 1;
    return new Consent(
        clientCase, next, method, textVersion, givenAt, validUntil, recordedBy, grants);
  }

  /**
   * The organisations a new version leaves out that the version it replaced still named (and had
   * not withdrawn): for them, the new version is a withdrawal.
   */
  public Set<Long> droppedBy(Consent newVersion) {
    Set<Long> kept = new HashSet<>();
    newVersion.recipients().forEach(r -> kept.add(r.organisationId()));
    LocalDate day = newVersion.givenAt().atZone(Consent.ZONE).toLocalDate();
    return versions.stream()
        .filter(c -> c.versionNo() == newVersion.versionNo() - 1)
        .filter(previous -> previous.withdrawnAt().isEmpty() && !day.isAfter(previous.validUntil()))
        .findFirst()
        .map(
            previous ->
                previous.recipients().stream()
                    .filter(r -> r.withdrawnAt().isEmpty() && !kept.contains(r.organisationId()))
                    .map(ConsentRecipient::organisationId)
                    .collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.of());
  }

  public Disclosure decide(long organisationId, InformationCategory category, Instant at) {
    Optional<Consent> inForce = versions.stream().filter(c -> c.inForceAt(at)).reduce((a, b) -> b);
    if (inForce.isEmpty()) {
      return Disclosure.refused(explainMissing(at));
    }
    Consent consent = inForce.get();
    Optional<ConsentRecipient> recipient = consent.recipient(organisationId);
    if (recipient.isEmpty()) {
      return Disclosure.refused(Disclosure.Reason.NOT_NAMED);
    }
    if (recipient.get().withdrawnAt().filter(w -> !w.isAfter(at)).isPresent()) {
      return Disclosure.refused(Disclosure.Reason.WITHDRAWN);
    }
    if (!recipient.get().categories().contains(category)) {
      return Disclosure.refused(Disclosure.Reason.CATEGORY_NOT_GRANTED);
    }
    return Disclosure.allowed(consent.versionNo());
  }

  /** The version in force at {@code at}, if any. */
  public Optional<Consent> inForce(Instant at) {
    return versions.stream().filter(c -> c.inForceAt(at)).reduce((a, b) -> b);
  }

  public Optional<Consent> latest() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  public List<Consent> versions() {
    return versions;
  }

  private Disclosure.Reason explainMissing(Instant at) {
    Optional<Consent> last =
        versions.stream().filter(c -> !c.givenAt().isAfter(at)).reduce((a, b) -> b);
    if (last.isEmpty()) {
      return Disclosure.Reason.NO_CONSENT;
    }
    if (last.get().withdrawnAt().filter(w -> !w.isAfter(at)).isPresent()) {
      return Disclosure.Reason.WITHDRAWN;
    }
    return Disclosure.Reason.EXPIRED;
  }
}
