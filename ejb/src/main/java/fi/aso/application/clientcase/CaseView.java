package fi.aso.application.clientcase;

import fi.aso.domain.clientcase.CaseState;
import fi.aso.domain.clientcase.ClientCase;
import fi.aso.domain.clientcase.ClientKind;
import fi.aso.domain.clientcase.Referral;
import fi.aso.domain.consent.InformationCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A client case as one reader may see it: only the categories that reader may see are filled in;
 * everything else is absent (null), not blanked, so nothing can leak through a template.
 */
public record CaseView(
    long id,
    String reference,
    CaseState state,
    Set<InformationCategory> visibleCategories,
    String fullName,
    LocalDate dateOfBirth,
    ClientKind kind,
    String institution,
    LocalDate expectedReleaseDate,
    Map<Referral.Topic, String> referral,
    long version,
    Instant onMeetingAt,
    Long institutionId) {

  /**
   * The case as the reader may see it; {@code onMeetingAt}: when the client's next planned slot
   * starts (its place in the process, whatever consent version followed), shown with the identity.
   */
  static CaseView of(ClientCase c, Set<InformationCategory> visible, Instant onMeetingAt) {
    boolean identity = visible.contains(InformationCategory.IDENTITY_AND_RELEASE);
    Map<Referral.Topic, String> topics = new LinkedHashMap<>();
    c.referral()
        .topics()
        .forEach(
            (topic, text) -> {
              if (visible.contains(topic.category())) {
                topics.put(topic, text);
              }
            });
    return new CaseView(
        c.id(),
        c.reference(),
        c.state(),
        Collections.unmodifiableSet(
            visible.isEmpty()
                ? EnumSet.noneOf(InformationCategory.class)
                : EnumSet.copyOf(visible)),
        identity ? c.fullName() : null,
        identity ? c.dateOfBirth() : null,
        identity ? c.kind() : null,
        identity ? c.institution().name() : null,
        identity ? c.expectedReleaseDate().orElse(null) : null,
        Collections.unmodifiableMap(topics),
        c.version(),
        identity ? onMeetingAt : null,
        identity ? c.institution().id() : null);
  }

  public boolean sees(InformationCategory category) {
    return visibleCategories.contains(category);
  }
}
