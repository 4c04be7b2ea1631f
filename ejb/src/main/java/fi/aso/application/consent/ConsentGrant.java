package fi.aso.application.consent;

import fi.aso.domain.Bounds;
import fi.aso.domain.Refusal;
import fi.aso.domain.consent.InformationCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
      throw new Refusal("consent.textVersion", "the version of the consent text is required");
    }
    grants = Map.copyOf(grants);
  }

  public boolean refusesAll() {
    return grants.values().stream().allMatch(Set::isEmpty);
  }

  /**
   * A consent's last day: from today on (a consent given today may end today), at most {@code
   * maxYears} years ahead.
   */
  public static void checkValidity(LocalDate validUntil, Clock clock, int maxYears) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
    Bounds.between(
        validUntil, today, today.plusYears(maxYears), "consent.validity", "the consent's last day");
  }
}
