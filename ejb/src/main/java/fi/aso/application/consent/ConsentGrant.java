package fi.aso.application.consent;

import fi.aso.domain.consent.InformationCategory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a client consented to, as recorded from a signed paper form (or, later, the electronic
 * consent page): organisation ids with the categories each may receive. An organisation with no
 * categories, or not listed, is refused.
 */
public record ConsentGrant(Map<Long, Set<InformationCategory>> grants, LocalDate validUntil, String textVersion) {

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
