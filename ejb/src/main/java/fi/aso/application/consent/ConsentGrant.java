package fi.aso.application.consent;

import fi.aso.domain.consent.InformationCategory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a client consented to, as recorded from a signed paper form (or, later, the electronic
 * consent page): organisation ids with the categories each may receive. An organisation with no
 * categories, or not listed, is refused. {@code replacesVersion}, when given, is the latest consent
 * version the recorder saw (0: none); if another has been recorded since, nothing is saved.
 */
public record ConsentGrant(
    Map<Long, Set<InformationCategory>> grants,
    LocalDate validUntil,
    String textVersion,
    Integer replacesVersion) {

  public ConsentGrant(
      Map<Long, Set<InformationCategory>> grants, LocalDate validUntil, String textVersion) {
    this(grants, validUntil, textVersion, null);
  }

  public ConsentGrant {
    Objects.requireNonNull(grants, "grants");
    Objects.requireNonNull(validUntil, "validUntil");
    if (textVersion == null || textVersion.isBlank()) {
      throw new IllegalArgumentException("the version of the consent text is required");
    }
    grants = Map.copyOf(grants);
  }

  public boolean refusesAll() {
    return grants.values().stream().allMatch(Set::isEmpty);
  }
}
